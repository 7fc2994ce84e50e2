using System;
using System.Collections.Generic;
using ProxyConnect.Analysis.Binding;
using ProxyConnect.Squid;
using ProxyConnect.Squid.Knowledge;

namespace ProxyConnect.Analysis.Lint;

/// <summary>Where rules put their findings; sorts them into file order at the end (file in walk order, line, column,
/// then the order they were reported).</summary>
internal sealed class LintReport
{
    private readonly List<(LintFinding Finding, int FileIndex, int Order)> _items = new();

    public void Add(LintRule rule, string message, SourceLocation at, int length, int fileIndex) =>
        Add(rule, rule.Severity, message, at, length, fileIndex);

    public void Add(LintRule rule, Severity severity, string message, SourceLocation at, int length, int fileIndex) =>
        _items.Add((new LintFinding(rule.Id, severity, message, at, Math.Max(1, length)), fileIndex, _items.Count));

    /// <summary>A finding on a word of a directive.</summary>
    public void Add(LintRule rule, string message, DirectiveSite site, Word word) =>
        Add(rule, rule.Severity, message, site.At(word), word.Length, site.FileIndex);

    /// <summary>A finding on a word with the severity the target's <paramref name="outcome"/> gives; none when Squid ignores it.</summary>
    public void Add(LintRule rule, ProblemOutcome outcome, string message, DirectiveSite site, Word word)
    {
        if (outcome != ProblemOutcome.Ignored)
        {
            Add(rule, outcome == ProblemOutcome.Fatal ? Severity.Error : Severity.Warning, message, site.At(word), word.Length, site.FileIndex);
        }
    }

    /// <summary>A finding on the directive name.</summary>
    public void AddOnName(LintRule rule, string message, DirectiveSite site) =>
        Add(rule, rule.Severity, message, site.Location, site.NameLength, site.FileIndex);

    public List<LintFinding> Sorted()
    {
        _items.Sort((a, b) =>
        {
            var c = a.FileIndex.CompareTo(b.FileIndex);
            if (c == 0)
            {
                c = a.Finding.Location.Line.CompareTo(b.Finding.Location.Line);
            }

            if (c == 0)
            {
                c = a.Finding.Location.Column.CompareTo(b.Finding.Location.Column);
            }

            return c != 0 ? c : a.Order.CompareTo(b.Order);
        });
        var findings = new List<LintFinding>(_items.Count);
        foreach (var item in _items)
        {
            findings.Add(item.Finding);
        }

        return findings;
    }
}
