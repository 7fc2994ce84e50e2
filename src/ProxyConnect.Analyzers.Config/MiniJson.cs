using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace ProxyConnect.Analyzers.Config;

/// <summary>A JSON value with the position where it starts (0-based offset into the text).</summary>
internal sealed class JsonNode
{
    public JsonNode(object? value, int start)
    {
        Value = value;
        Start = start;
    }

    /// <summary>string, double, bool, null, <see cref="List{JsonNode}"/> or <see cref="Dictionary{String, JsonNode}"/>.</summary>
    public object? Value { get; }

    public int Start { get; }

    public Dictionary<string, JsonNode>? AsObject => Value as Dictionary<string, JsonNode>;

    public List<JsonNode>? AsArray => Value as List<JsonNode>;
}

/// <summary>Thrown for text that is not JSON; <see cref="Position"/> is the offset of the problem.</summary>
internal sealed class JsonFormatException : Exception
{
    public JsonFormatException(string message, int position)
        : base(message)
    {
        Position = position;
    }

    public int Position { get; }
}

/// <summary>A small strict JSON reader that keeps positions (an analyzer cannot count on System.Text.Json being
/// loadable in every compiler host, and the expectation file is tiny).</summary>
internal sealed class MiniJson
{
    private readonly string _text;
    private int _pos;

    private MiniJson(string text)
    {
        _text = text;
    }

    public static JsonNode Parse(string text)
    {
        var reader = new MiniJson(text);
        var value = reader.ReadValue();
        reader.SkipBlanks();
        if (reader._pos != text.Length)
        {
            throw new JsonFormatException("Unexpected text after the JSON value.", reader._pos);
        }

        return value;
    }

    private void SkipBlanks()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            _pos++;
        }
    }

    private JsonNode ReadValue()
    {
        SkipBlanks();
        if (_pos >= _text.Length)
        {
            throw new JsonFormatException("Unexpected end of the text.", _pos);
        }

        var start = _pos;
        var c = _text[_pos];
        switch (c)
        {
            case '{':
                return new JsonNode(ReadObject(), start);
            case '[':
                return new JsonNode(ReadArray(), start);
            case '"':
                return new JsonNode(ReadString(), start);
            case 't':
                Expect("true");
                return new JsonNode(true, start);
            case 'f':
                Expect("false");
                return new JsonNode(false, start);
            case 'n':
                Expect("null");
                return new JsonNode(null, start);
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return new JsonNode(ReadNumber(), start);
                }

                throw new JsonFormatException($"Unexpected character '{c}'.", _pos);
        }
    }

    private void Expect(string word)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
        {
            throw new JsonFormatException($"Expected '{word}'.", _pos);
        }

        _pos += word.Length;
    }

    private Dictionary<string, JsonNode> ReadObject()
    {
        var result = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        _pos++;
        SkipBlanks();
        if (_pos < _text.Length && _text[_pos] == '}')
        {
            _pos++;
            return result;
        }

        while (true)
        {
            SkipBlanks();
            if (_pos >= _text.Length || _text[_pos] != '"')
            {
                throw new JsonFormatException("Expected a property name in double quotes.", _pos);
            }

            var name = ReadString();
            SkipBlanks();
            if (_pos >= _text.Length || _text[_pos] != ':')
            {
                throw new JsonFormatException("Expected ':'.", _pos);
            }

            _pos++;
            result[name] = ReadValue();
            SkipBlanks();
            if (_pos < _text.Length && _text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            if (_pos < _text.Length && _text[_pos] == '}')
            {
                _pos++;
                return result;
            }

            throw new JsonFormatException("Expected ',' or '}'.", _pos);
        }
    }

    private List<JsonNode> ReadArray()
    {
        var result = new List<JsonNode>();
        _pos++;
        SkipBlanks();
        if (_pos < _text.Length && _text[_pos] == ']')
        {
            _pos++;
            return result;
        }

        while (true)
        {
            result.Add(ReadValue());
            SkipBlanks();
            if (_pos < _text.Length && _text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            if (_pos < _text.Length && _text[_pos] == ']')
            {
                _pos++;
                return result;
            }

            throw new JsonFormatException("Expected ',' or ']'.", _pos);
        }
    }

    private string ReadString()
    {
        var sb = new StringBuilder();
        _pos++;
        while (_pos < _text.Length)
        {
            var c = _text[_pos++];
            if (c == '"')
            {
                return sb.ToString();
            }

            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            if (_pos >= _text.Length)
            {
                break;
            }

            var e = _text[_pos++];
            switch (e)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    if (_pos + 4 > _text.Length || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    {
                        throw new JsonFormatException("Invalid \\u escape.", _pos);
                    }

                    sb.Append((char)code);
                    _pos += 4;
                    break;
                default:
                    throw new JsonFormatException($"Invalid escape '\\{e}'.", _pos - 1);
            }
        }

        throw new JsonFormatException("Unterminated string.", _pos);
    }

    private double ReadNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && "+-0123456789.eE".IndexOf(_text[_pos]) >= 0)
        {
            _pos++;
        }

        if (!double.TryParse(_text.Substring(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new JsonFormatException("Invalid number.", start);
        }

        return value;
    }
}
