using System.Reflection;
using ProxyConnect.Analysis;
using ProxyConnect.Analysis.Lint;

namespace ProxyConnect.Tests.Analysis.Rules;

/// <summary>One catalogue: every id has one rule class, a help page, a README row and a test file of its own.</summary>
public class CatalogueTests
{
    [Fact]
    public void Every_lint_id_has_exactly_one_rule_class_in_catalogue_order()
    {
        Linter.All.Select(r => r.Rule.Id).Should().Equal(LintRules.All.Select(r => r.Id));
        Linter.All.Select(r => r.GetType()).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Every_id_has_a_help_page_and_a_readme_row()
    {
        var readme = File.ReadAllText(Path.Combine(Shared.RepoPaths.Root, "README.md"));
        foreach (var rule in LintRules.All.Concat(LintRules.EditWarnings).Concat(LintRules.BuildChecks))
        {
            File.Exists(Path.Combine(Shared.RepoPaths.Root, rule.HelpLink)).Should().BeTrue(rule.HelpLink);
            readme.Should().Contain(rule.Id, "the README's diagnostics table lists every id");
            LintRules.Find(rule.Id).Should().BeSameAs(rule);
        }
    }

    [Fact]
    public void Every_rule_class_has_its_own_test_class()
    {
        var tests = typeof(CatalogueTests).Assembly.GetTypes().Select(t => t.Name).ToHashSet();
        var missing = Linter.All.Select(r => r.GetType().Name + "Tests")
            .Where(name => !tests.Contains(name) && !Covered.Contains(name))
            .ToList();
        missing.Should().BeEmpty("each rule has a test file under tests/ProxyConnect.Tests/Analysis/Rules");
    }

    /// <summary>Rules whose tests need files on disk live with the include tests.</summary>
    private static readonly HashSet<string> Covered = new() { "MissingIncludeRuleTests", "IncludeTooDeepRuleTests" };

    [Fact]
    public void Ids_are_unique_across_lint_edits_and_build_checks() =>
        LintRules.All.Concat(LintRules.EditWarnings).Concat(LintRules.BuildChecks).Select(r => r.Id).Should().OnlyHaveUniqueItems();
}
