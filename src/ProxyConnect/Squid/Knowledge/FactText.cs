using System;
using System.Collections.Generic;

namespace ProxyConnect.Squid.Knowledge;

/// <summary>
/// Reads the generated fact tables (<c>Generated/Squid*Tables.g.cs</c>), which hold their rows as text, one row a
/// line, fields separated by single spaces.
/// </summary>
/// <remarks>
/// Why text and not one <c>new(...)</c> per row: the build-time analyzer runs in a fresh compiler process on every
/// build without a compiler server, where a table written as code is a static constructor of 15 KB of IL that the JIT
/// compiles before the first lookup (about 30 ms, a quarter of a cold lint of the stock config). One string literal
/// and this small loop cost well under a millisecond. Names in the tables never hold blanks (they are Squid's words).
/// </remarks>
internal static class FactText
{
    private const string Same = "=";
    private const string None = "-";

    /// <summary>Directive rows: <c>name canonical state feature [valueType]</c>; <c>canonical</c> is <c>=</c> when it
    /// is the name itself; <c>state</c> is <c>live</c>, <c>obsolete</c> or <c>fatal</c> (obsolete, and Squid stops on it).</summary>
    public static DirectiveFact[] Directives(string text)
    {
        var rows = Rows(text);
        var facts = new DirectiveFact[rows.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            var f = Fields(rows[i], 4, 5);
            var state = f[2];
            if (state != "live" && state != "obsolete" && state != "fatal")
            {
                throw Bad(rows[i], "state must be live, obsolete or fatal");
            }

            facts[i] = new DirectiveFact(f[0], Canonical(f), state != "live", Feature(f[3], rows[i]), state == "fatal", f.Length > 4 ? f[4] : null);
        }

        return facts;
    }

    /// <summary>ACL type rows: <c>name canonical kind feature options</c>; <c>options</c> is <c>-</c> for none, else
    /// the flags separated by commas.</summary>
    public static AclTypeFact[] AclTypes(string text)
    {
        var rows = Rows(text);
        var facts = new AclTypeFact[rows.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            var f = Fields(rows[i], 5, 5);
            var options = f[4] == None ? Array.Empty<string>() : f[4].Split(',');
            facts[i] = new AclTypeFact(f[0], Canonical(f), (AclValueKind)EnumValue(typeof(AclValueKind), f[2], rows[i]), options, Feature(f[3], rows[i]));
        }

        return facts;
    }

    /// <summary>Port option rows: <c>name flags feature withoutAccel</c>; <c>flags</c> is <c>-</c> or any of
    /// <c>v</c> (takes a value), <c>o</c> (the value is optional), <c>a</c> (needs accel), <c>p</c> (a prefix of a family).</summary>
    public static PortOptionFact[] PortOptions(string text)
    {
        var rows = Rows(text);
        var facts = new PortOptionFact[rows.Count];
        for (var i = 0; i < facts.Length; i++)
        {
            var f = Fields(rows[i], 4, 4);
            var flags = f[1];
            foreach (var c in flags)
            {
                if ("-voap".IndexOf(c) < 0)
                {
                    throw Bad(rows[i], "flags are -, or any of v, o, a, p");
                }
            }

            facts[i] = new PortOptionFact(f[0], flags.IndexOf('v') >= 0, flags.IndexOf('a') >= 0, Feature(f[2], rows[i]),
                ValueOptional: flags.IndexOf('o') >= 0, WithoutAccel: (ProblemOutcome)EnumValue(typeof(ProblemOutcome), f[3], rows[i]), IsPrefix: flags.IndexOf('p') >= 0);
        }

        return facts;
    }

    private static List<string> Rows(string text)
    {
        var rows = new List<string>(512);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (end > start)
            {
                rows.Add(text.Substring(start, end - start));
            }

            start = end + 1;
        }

        return rows;
    }

    private static string[] Fields(string row, int min, int max)
    {
        var fields = row.Split(' ');
        if (fields.Length < min || fields.Length > max || Array.IndexOf(fields, string.Empty) >= 0)
        {
            throw Bad(row, $"expected {min} to {max} fields separated by single spaces");
        }

        return fields;
    }

    private static string Canonical(string[] fields) => fields[1] == Same ? fields[0] : fields[1];

    private static SquidFeature Feature(string name, string row) => (SquidFeature)EnumValue(typeof(SquidFeature), name, row);

    /// <summary>An enum member by its exact name. Non-generic on purpose: <see cref="Enum.Parse(Type, string)"/> is
    /// compiled ahead of time in the runtime, where generic code over our enums would be JIT-compiled per enum.</summary>
    private static object EnumValue(Type type, string name, string row)
    {
        if (name.Length == 0 || !char.IsUpper(name[0]) || !Enum.IsDefined(type, name))
        {
            throw Bad(row, $"'{name}' is not a {type.Name}");
        }

        return Enum.Parse(type, name);
    }

    private static InvalidOperationException Bad(string row, string why) =>
        new($"Generated fact table row '{row}': {why} (tools/squid-knowledge/generate writes these rows).");
}
