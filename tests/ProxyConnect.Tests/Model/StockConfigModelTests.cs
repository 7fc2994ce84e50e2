using System.Text;
using ApprovalTests;
using ProxyConnect.Squid;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Tests.Model;

/// <summary>Snapshots of the typed model read from the stock Debian config kept in ../shared.</summary>
public class StockConfigModelTests
{
    private static readonly SquidConfig Stock = SquidConfig.Load(RepoPaths.StockDebianConfig);

    [Fact]
    public void Acl_lines_of_the_stock_config()
    {
        var acls = Stock.Acls.ToList();
        acls.Should().HaveCount(19);
        var text = new StringBuilder();
        foreach (var acl in acls)
        {
            text.Append($"{acl.Line}: name={acl.Name} type={acl.AclType} values=[{string.Join(", ", acl.Values)}]");
            text.Append(acl.Syntax.InlineComment is null ? "\n" : $" comment={acl.Syntax.InlineComment.Text}\n");
        }

        Approvals.Verify(text.ToString());
    }

    [Fact]
    public void Http_access_rules_of_the_stock_config_in_order()
    {
        var text = string.Concat(Stock.HttpAccessRules.Select(r => $"{r.Line}: {r.Action} {string.Join(" ", r.Acls)}\n"));
        Approvals.Verify(text);
    }

    [Fact]
    public void Marker_include_and_port_of_the_stock_config()
    {
        var include = Stock.Includes.Single();
        var port = Stock.HttpPorts.Single();
        Approvals.Verify(
            $"marker: line {Stock.MarkerLocation!.Line}, column {Stock.MarkerLocation.Column}\n" +
            $"include: line {include.Line} patterns=[{string.Join(", ", include.Patterns)}]\n" +
            $"http_port: line {port.Line} host={port.Host ?? "(all)"} port={port.Port} mode={port.Mode ?? "(forward)"}\n" +
            $"directives: {Stock.Directives.Count()}\n");
    }
}
