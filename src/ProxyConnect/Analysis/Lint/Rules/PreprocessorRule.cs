using ProxyConnect.Analysis.Binding;

namespace ProxyConnect.Analysis.Lint.Rules;

/// <summary>A rule whose findings the binder met before directives are read (syntax of the text, includes,
/// conditionals): it reports those under its id.</summary>
internal abstract class PreprocessorRule : ConfigRule
{
    public override void Check(BoundConfig config, LintReport report)
    {
        foreach (var problem in config.PreprocessorProblems)
        {
            if (problem.Code == Rule.Id)
            {
                report.Add(Rule, problem.Message, problem.Location, problem.Length, problem.FileIndex);
            }
        }
    }
}
