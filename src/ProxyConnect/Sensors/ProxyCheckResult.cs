using System.Collections.Generic;
using System.Linq;

namespace ProxyConnect.Sensors;

/// <summary>"Will this sensor get through this proxy?": every finding, problems and confirmations alike.</summary>
/// <param name="Findings">One finding per aspect checked.</param>
public sealed record ProxyCheckResult(IReadOnlyList<ProxyCheckFinding> Findings)
{
    /// <summary>Whether no finding is a problem.</summary>
    public bool WillGetThrough => Findings.All(f => !f.IsProblem);

    /// <summary>The findings that are problems.</summary>
    public IEnumerable<ProxyCheckFinding> Problems => Findings.Where(f => f.IsProblem);

    /// <summary>One finding per line.</summary>
    public override string ToString() => string.Join("\n", Findings);
}
