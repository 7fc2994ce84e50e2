using System;
using System.Collections.Generic;
using System.Text;
using ProxyConnect.Squid;

namespace ProxyConnect.Sensors.Inventory;

/// <summary>Reads a CSV inventory into rows with positions. RFC 4180 quoting; cells are trimmed; blank lines and lines
/// starting with <c>#</c> are skipped.</summary>
internal sealed class CsvInventoryReader
{
    private static readonly char[] AddressSeparators = { ';', ' ', '\t' };

    private readonly string _text;
    private readonly string? _fileName;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private CsvInventoryReader(string text, string? fileName)
    {
        _text = text;
        _fileName = fileName;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            _pos = 1;
            _lineStart = 1;
        }
    }

    public static IEnumerable<InventoryRow> Read(string text, string? fileName)
    {
        var reader = new CsvInventoryReader(text, fileName);
        List<InventoryCell>? header = null;
        var rows = new List<InventoryRow>();
        while (reader.NextRecord() is { } record)
        {
            if (header is null)
            {
                CheckHeader(record, fileName);
                header = record;
                continue;
            }

            rows.Add(ToRow(record, header));
        }

        if (header is null)
        {
            throw new InventoryException(new SourceLocation(fileName, 1, 1), "the CSV inventory is empty: expected a header row 'name,address' and one row per sensor.");
        }

        return rows;
    }

    private static void CheckHeader(List<InventoryCell> header, string? fileName)
    {
        if (!IsWord(header[0], "name"))
        {
            throw new InventoryException(new SourceLocation(fileName, header[0].Line, header[0].Column),
                $"the first row must be the header 'name,address', but its first cell is '{header[0].Text}'.");
        }

        if (header.Count < 2 || !IsAddressHeader(header[1]))
        {
            var cell = header.Count < 2 ? header[0] : header[1];
            throw new InventoryException(new SourceLocation(fileName, cell.Line, cell.Column),
                "the header's second column must be 'address' (more addresses may follow in further columns or in one cell separated by ';').");
        }
    }

    private static InventoryRow ToRow(List<InventoryCell> record, List<InventoryCell> header)
    {
        var addresses = new List<InventoryCell>();
        for (var i = 1; i < record.Count; i++)
        {
            // Columns under another header (a description, a site) are not addresses; columns past the header are.
            if (i < header.Count && !IsAddressHeader(header[i]) && header[i].Text.Length > 0)
            {
                continue;
            }

            addresses.AddRange(Split(record[i]));
        }

        return new InventoryRow(record[0], addresses);
    }

    private static IEnumerable<InventoryCell> Split(InventoryCell cell)
    {
        var text = cell.Text;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOfAny(AddressSeparators, start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                yield return new InventoryCell(text.Substring(start, end - start), cell.Line, cell.Column + start);
            }

            start = end + 1;
        }
    }

    private static bool IsAddressHeader(InventoryCell cell) => IsWord(cell, "address") || IsWord(cell, "addresses");

    private static bool IsWord(InventoryCell cell, string word) => string.Equals(cell.Text, word, StringComparison.OrdinalIgnoreCase);

    /// <summary>The next record that is not blank or a comment, or <see langword="null"/> at the end.</summary>
    private List<InventoryCell>? NextRecord()
    {
        while (_pos < _text.Length)
        {
            var lineText = CurrentLineText().Trim(' ', '\t', '\r');
            if (lineText.Length == 0 || lineText[0] == '#')
            {
                SkipLine();
                continue;
            }

            var cells = new List<InventoryCell>();
            while (true)
            {
                cells.Add(ReadCell());
                if (_pos < _text.Length && _text[_pos] == ',')
                {
                    _pos++;
                    continue;
                }

                SkipLineEnd();
                break;
            }

            if (cells.Exists(c => c.Text.Length > 0))
            {
                return cells;
            }
        }

        return null;
    }

    private InventoryCell ReadCell()
    {
        SkipBlanks();
        var line = _line;
        var column = _pos - _lineStart + 1;
        if (_pos < _text.Length && _text[_pos] == '"')
        {
            var value = ReadQuoted(line, column);
            SkipBlanks();
            if (_pos < _text.Length && _text[_pos] != ',' && _text[_pos] != '\n' && _text[_pos] != '\r')
            {
                throw Error($"unexpected '{_text[_pos]}' after a quoted cell: expected ',' or the end of the line.");
            }

            return new InventoryCell(value, line, column + 1);
        }

        var start = _pos;
        while (_pos < _text.Length && _text[_pos] != ',' && _text[_pos] != '\n')
        {
            if (_text[_pos] == '"')
            {
                throw Error("a '\"' inside an unquoted cell: quote the whole cell and double the quote (\"\").");
            }

            _pos++;
        }

        return new InventoryCell(_text.Substring(start, _pos - start).Trim(' ', '\t', '\r'), line, column);
    }

    private string ReadQuoted(int line, int column)
    {
        _pos++;
        var value = new StringBuilder();
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new InventoryException(new SourceLocation(_fileName, line, column), "a quoted cell is never closed: expected a closing '\"'.");
            }

            var c = _text[_pos++];
            if (c == '"')
            {
                if (_pos < _text.Length && _text[_pos] == '"')
                {
                    value.Append('"');
                    _pos++;
                    continue;
                }

                return value.ToString().Trim(' ', '\t');
            }

            if (c == '\n')
            {
                _line++;
                _lineStart = _pos;
            }

            value.Append(c);
        }
    }

    private string CurrentLineText()
    {
        var end = _text.IndexOf('\n', _pos);
        return end < 0 ? _text.Substring(_pos) : _text.Substring(_pos, end - _pos);
    }

    private void SkipBlanks()
    {
        while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t'))
        {
            _pos++;
        }
    }

    private void SkipLine()
    {
        var end = _text.IndexOf('\n', _pos);
        _pos = end < 0 ? _text.Length : end;
        SkipLineEnd();
    }

    private void SkipLineEnd()
    {
        if (_pos < _text.Length && _text[_pos] == '\r')
        {
            _pos++;
        }

        if (_pos < _text.Length && _text[_pos] == '\n')
        {
            _pos++;
            _line++;
            _lineStart = _pos;
        }
    }

    private InventoryException Error(string problem) => new(new SourceLocation(_fileName, _line, _pos - _lineStart + 1), problem);
}
