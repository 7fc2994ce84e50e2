using ProxyConnect.Analysis.Binding;

namespace ProxyConnect.Analysis.Lint;

/// <summary>One lint rule: reads the bound config and reports findings under its one id.</summary>
internal abstract class ConfigRule
{
    /// <summary>The catalogue entry of the rule.</summary>
    public abstract LintRule Rule { get; }

    public abstract void Check(BoundConfig config, LintReport report);
}
