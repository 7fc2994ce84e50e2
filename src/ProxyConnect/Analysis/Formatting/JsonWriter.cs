using System.Globalization;
using System.Text;

namespace ProxyConnect.Analysis.Formatting;

/// <summary>A minimal JSON writer. The library targets netstandard2.0 and depends on Sprache only;
/// System.Text.Json would be an extra package there, and lint output needs just objects, arrays, strings and
/// integers.</summary>
internal sealed class JsonWriter
{
    private readonly StringBuilder _sb = new();
    private bool _needComma;

    public JsonWriter BeginObject() => Open('{');

    public JsonWriter EndObject() => Close('}');

    public JsonWriter BeginArray() => Open('[');

    public JsonWriter EndArray() => Close(']');

    public JsonWriter Name(string name)
    {
        Comma();
        WriteString(name);
        _sb.Append(':');
        _needComma = false;
        return this;
    }

    public JsonWriter Value(string? value)
    {
        Comma();
        if (value is null)
        {
            _sb.Append("null");
        }
        else
        {
            WriteString(value);
        }

        _needComma = true;
        return this;
    }

    public JsonWriter Value(int value)
    {
        Comma();
        _sb.Append(value.ToString(CultureInfo.InvariantCulture));
        _needComma = true;
        return this;
    }

    public override string ToString() => _sb.ToString();

    private JsonWriter Open(char c)
    {
        Comma();
        _sb.Append(c);
        _needComma = false;
        return this;
    }

    private JsonWriter Close(char c)
    {
        _sb.Append(c);
        _needComma = true;
        return this;
    }

    private void Comma()
    {
        if (_needComma)
        {
            _sb.Append(',');
        }
    }

    /// <summary>Escapes per RFC 8259: quote, backslash and control characters; everything else as is (UTF-16
    /// surrogate pairs pass through, so the output is valid UTF-8 once encoded).</summary>
    private void WriteString(string s)
    {
        _sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': _sb.Append("\\\""); break;
                case '\\': _sb.Append("\\\\"); break;
                case '\n': _sb.Append("\\n"); break;
                case '\r': _sb.Append("\\r"); break;
                case '\t': _sb.Append("\\t"); break;
                case '\b': _sb.Append("\\b"); break;
                case '\f': _sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029')
                    {
                        _sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        _sb.Append(c);
                    }

                    break;
            }
        }

        _sb.Append('"');
    }
}
