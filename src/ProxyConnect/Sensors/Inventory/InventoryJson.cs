using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ProxyConnect.Squid;

namespace ProxyConnect.Sensors.Inventory;

/// <summary>A JSON value with the line and column where it starts.</summary>
internal sealed class InventoryJsonValue
{
    public InventoryJsonValue(object? value, int line, int column)
    {
        Value = value;
        Line = line;
        Column = column;
    }

    /// <summary>string, double, bool, null, a list of values, or a list of (name, value) members in file order.</summary>
    public object? Value { get; }

    public int Line { get; }

    public int Column { get; }

    public List<InventoryJsonValue>? AsArray => Value as List<InventoryJsonValue>;

    public List<KeyValuePair<InventoryJsonValue, InventoryJsonValue>>? AsObject => Value as List<KeyValuePair<InventoryJsonValue, InventoryJsonValue>>;

    public string? AsString => Value as string;

    public string KindName => Value switch
    {
        null => "null",
        string => "a string",
        double => "a number",
        bool => "true/false",
        List<InventoryJsonValue> => "an array",
        _ => "an object",
    };
}

/// <summary>A small strict JSON reader (RFC 8259) that keeps line and column of every value. The library depends on
/// Sprache only, so System.Text.Json is not available on netstandard2.0; an inventory is small.</summary>
internal sealed class InventoryJson
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private readonly string? _fileName;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private InventoryJson(string text, string? fileName)
    {
        _text = text;
        _fileName = fileName;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            _pos = 1;
            _lineStart = 1;
        }
    }

    public static InventoryJsonValue Parse(string text, string? fileName)
    {
        var reader = new InventoryJson(text, fileName);
        var value = reader.ReadValue(0);
        reader.SkipBlanks();
        if (reader._pos < text.Length)
        {
            throw reader.Error("unexpected text after the JSON value.");
        }

        return value;
    }

    private InventoryJsonValue ReadValue(int depth)
    {
        if (depth > MaxDepth)
        {
            throw Error($"JSON nested deeper than {MaxDepth} levels.");
        }

        SkipBlanks();
        if (_pos >= _text.Length)
        {
            throw Error("unexpected end of the JSON text: expected a value.");
        }

        var line = _line;
        var column = Column;
        switch (_text[_pos])
        {
            case '[':
                return new InventoryJsonValue(ReadArray(depth), line, column);
            case '{':
                return new InventoryJsonValue(ReadObject(depth), line, column);
            case '"':
                return new InventoryJsonValue(ReadString(), line, column);
            case 't':
                Expect("true");
                return new InventoryJsonValue(true, line, column);
            case 'f':
                Expect("false");
                return new InventoryJsonValue(false, line, column);
            case 'n':
                Expect("null");
                return new InventoryJsonValue(null, line, column);
            default:
                return new InventoryJsonValue(ReadNumber(), line, column);
        }
    }

    private List<InventoryJsonValue> ReadArray(int depth)
    {
        _pos++;
        var items = new List<InventoryJsonValue>();
        SkipBlanks();
        if (Peek() == ']')
        {
            _pos++;
            return items;
        }

        while (true)
        {
            items.Add(ReadValue(depth + 1));
            SkipBlanks();
            var c = Next("',' or ']'");
            if (c == ']')
            {
                return items;
            }

            if (c != ',')
            {
                throw ErrorBefore($"expected ',' or ']' in an array, found '{c}'.");
            }
        }
    }

    private List<KeyValuePair<InventoryJsonValue, InventoryJsonValue>> ReadObject(int depth)
    {
        _pos++;
        var members = new List<KeyValuePair<InventoryJsonValue, InventoryJsonValue>>();
        SkipBlanks();
        if (Peek() == '}')
        {
            _pos++;
            return members;
        }

        while (true)
        {
            SkipBlanks();
            if (Peek() != '"')
            {
                throw Error("expected a property name in double quotes.");
            }

            var key = new InventoryJsonValue(null, _line, Column);
            var name = ReadString();
            key = new InventoryJsonValue(name, key.Line, key.Column);
            SkipBlanks();
            if (Next("':'") != ':')
            {
                throw ErrorBefore("expected ':' after a property name.");
            }

            members.Add(new KeyValuePair<InventoryJsonValue, InventoryJsonValue>(key, ReadValue(depth + 1)));
            SkipBlanks();
            var c = Next("',' or '}'");
            if (c == '}')
            {
                return members;
            }

            if (c != ',')
            {
                throw ErrorBefore($"expected ',' or '}}' in an object, found '{c}'.");
            }
        }
    }

    private string ReadString()
    {
        _pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw Error("a string is never closed: expected '\"'.");
            }

            var c = _text[_pos++];
            if (c == '"')
            {
                return value.ToString();
            }

            if (c < 0x20)
            {
                throw ErrorBefore("a control character inside a string: escape it (\\n, \\t, \\u00XX).");
            }

            if (c != '\\')
            {
                value.Append(c);
                continue;
            }

            var escape = Next("an escape");
            switch (escape)
            {
                case '"': value.Append('"'); break;
                case '\\': value.Append('\\'); break;
                case '/': value.Append('/'); break;
                case 'b': value.Append('\b'); break;
                case 'f': value.Append('\f'); break;
                case 'n': value.Append('\n'); break;
                case 'r': value.Append('\r'); break;
                case 't': value.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("'\\u' must be followed by four hexadecimal digits.");
                    }

                    value.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw ErrorBefore($"unknown escape '\\{escape}' in a string.");
            }
        }
    }

    private double ReadNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && "+-0123456789.eE".IndexOf(_text[_pos]) >= 0)
        {
            _pos++;
        }

        if (_pos == start || !double.TryParse(_text.Substring(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            _pos = start;
            throw Error($"unexpected '{_text[start]}': expected a JSON value (an array, object, string, number, true, false or null).");
        }

        return number;
    }

    private void Expect(string word)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
        {
            throw Error($"unexpected '{_text[_pos]}': expected a JSON value.");
        }

        _pos += word.Length;
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private char Next(string expected)
    {
        if (_pos >= _text.Length)
        {
            throw Error($"unexpected end of the JSON text: expected {expected}.");
        }

        return _text[_pos++];
    }

    private void SkipBlanks()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\n')
            {
                _line++;
                _lineStart = _pos + 1;
            }
            else if (c != ' ' && c != '\t' && c != '\r')
            {
                return;
            }

            _pos++;
        }
    }

    private int Column => _pos - _lineStart + 1;

    private InventoryException Error(string problem) => new(new SourceLocation(_fileName, _line, Column), problem);

    private InventoryException ErrorBefore(string problem) => new(new SourceLocation(_fileName, _line, Column - 1), problem);
}
