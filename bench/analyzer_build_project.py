"""Writes the project bench/analyzer-build.sh times: a console app of N C# files that consumes the ProxyConnect
package from a local feed, with a squid.conf the build-time check lints.

About one file in five uses the ProxyConnect API the way an application does (sensors, sensor proxy settings, config
edits, the application's own members marked with the annotations), which is what analyzers PXC0001-PXC0007 inspect;
the rest is ordinary application code (records, LINQ, string handling, async, pattern matching) that the analyzers
still have to look at and dismiss. All of it compiles without warnings, as a user's project would."""

import os
import shutil

PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <SquidVersion>5</SquidVersion>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="ProxyConnect" Version="{version}" />
  </ItemGroup>
  <ItemGroup>
    <SquidConfig Include="deploy/squid.conf" />
  </ItemGroup>
</Project>
"""

# Outside any repository's settings: the generated folder sits under this repository's BenchmarkDotNet.Artifacts,
# whose Directory.*.props (warnings as errors, central package versions) must not apply to a user's project.
ISOLATION = {
    "Directory.Build.props": "<Project />\n",
    "Directory.Build.targets": """<Project>
  <!-- The benchmark's "ProxyConnect analyzers off" side: the package's analyzer assemblies are not passed to the
       compiler; everything else (the SDK's own analyzers, generators, references) stays as it is. -->
  <Target Name="BenchRemoveProxyConnectAnalyzers" AfterTargets="ResolveLockFileAnalyzers" Condition="'$(BenchProxyConnectAnalyzers)' == 'false'">
    <ItemGroup>
      <Analyzer Remove="@(Analyzer)" Condition="'%(Analyzer.NuGetPackageId)' == 'ProxyConnect'" />
    </ItemGroup>
  </Target>
</Project>
""",
    "Directory.Packages.props": "<Project />\n",
    # This repository's .editorconfig (its code style) is not the generated project's.
    ".editorconfig": "root = true\n",
}

NUGET_CONFIG = """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="local" value="{feed}" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
</configuration>
"""

PROGRAM = """namespace Bench;

public static class Program
{
    public static int Main(string[] args)
    {
        var plant = new Plant0();
        return plant.Sensors(args.Length > 0 ? args[0] : "10.0.0.9", args.Length).Count > 0 ? 0 : 1;
    }
}
"""

# A file that uses the API: constant and computed values to annotated parameters, properties and params arrays,
# object and 'with' initializers, credentials both set, config edits, the application's own annotated members.
API_FILE = """using ProxyConnect.Annotations;
using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace Bench.Plants;

public sealed class Plant{i}
{{
    private const string Network = "10.{o}.0.0/24";

    [PortNumber]
    public int ProxyPort {{ get; set; }} = 3128;

    [HostOrAddress]
    public string ProxyHost {{ get; set; }} = "proxy{i}.plant.example";

    public static string Describe([HostOrAddress] string host, [PortNumber] int port) => host + ":" + port;

    public IReadOnlyList<Sensor> Sensors(string dynamicAddress, int extra)
    {{
        var list = new List<Sensor>
        {{
            new Sensor("plc-{i}", "10.{o}.0.1", "10.{o}.0.2", Network),
            new Sensor("line-{i}", "10.{o}.1.1-10.{o}.1.9"),
            new Sensor("dyn-{i}", dynamicAddress),
            new Sensor(name: "v6-{i}", addresses: "2001:db8::{o:x}"),
        }};
        for (var k = 0; k < extra; k++)
        {{
            list.Add(new Sensor("gen-{i}-" + k, "10.{o}.2." + (k % 250 + 1)));
        }}

        return list.Where(s => s.Name.Length > 0).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }}

    public SensorProxySettings Settings(bool withLogin)
    {{
        var plain = new SensorProxySettings {{ Enabled = true, Address = "10.{o}.0.254", Port = 3128 }};
        var login = new SensorProxySettings {{ Enabled = true, Address = "proxy.plant.example", Port = 8080, Username = "sensor{i}", Password = "secret{i}" }};
        var moved = plain with {{ Port = 3129 }};
        var copy = new Plant{i} {{ ProxyPort = 8080, ProxyHost = "10.{o}.0.253" }};
        copy.ProxyPort = 3130;
        _ = Describe("gateway{i}.plant.example", 3128);
        _ = Describe(copy.ProxyHost, copy.ProxyPort);
        return withLogin ? login : moved;
    }}

    public SquidConfig Configure(SquidConfig config) =>
        config.SetHttpPort(3128 + {o}).SetVisibleHostname("proxy{i}.plant.example");
}}
"""

# Ordinary code: what most of an application is, and what the analyzers must look at without reporting.
PLAIN_FILE = """using System.Globalization;
using System.Text;

namespace Bench.Domain{group};

public sealed record Order{i}(int Id, string Customer, decimal Amount, DateTime Placed);

public interface IOrderStore{i}
{{
    Task<IReadOnlyList<Order{i}>> LoadAsync(string customer, CancellationToken cancellationToken);
}}

public sealed class OrderService{i}
{{
    private readonly IOrderStore{i} _store;
    private readonly Dictionary<string, decimal> _limits = new(StringComparer.OrdinalIgnoreCase)
    {{
        ["standard"] = {i}m,
        ["gold"] = {i}m * 10,
    }};

    public OrderService{i}(IOrderStore{i} store) => _store = store;

    public async Task<string> SummaryAsync(string customer, string tier, CancellationToken cancellationToken = default)
    {{
        var orders = await _store.LoadAsync(customer, cancellationToken).ConfigureAwait(false);
        var limit = _limits.TryGetValue(tier, out var l) ? l : 0m;
        var recent = orders.Where(o => o.Placed > DateTime.UtcNow.AddDays(-{o})).OrderByDescending(o => o.Amount).ToList();
        var total = recent.Sum(o => o.Amount);
        var builder = new StringBuilder();
        builder.Append(customer).Append(": ").Append(recent.Count.ToString(CultureInfo.InvariantCulture)).Append(" orders, ");
        builder.Append(total.ToString("F2", CultureInfo.InvariantCulture));
        builder.Append(Classify(total, limit));
        foreach (var group in recent.GroupBy(o => o.Placed.Month))
        {{
            builder.AppendLine().Append("  month ").Append(group.Key).Append(": ").Append(group.Count());
        }}

        return builder.ToString();
    }}

    public static string Classify(decimal total, decimal limit) => (total, limit) switch
    {{
        (0m, _) => " (none)",
        var (t, lim) when lim > 0 && t > lim => " (over limit)",
        var (t, _) when t > {i}m => " (large)",
        _ => string.Empty,
    }};

    public static IEnumerable<string> Parse(string csv, int minimum)
    {{
        var parts = csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim());
        foreach (var part in parts)
        {{
            if (part.Length >= minimum && int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number % {o} != 1)
            {{
                yield return part.ToUpperInvariant();
            }}
        }}
    }}

    public static int Checksum(ReadOnlySpan<char> text)
    {{
        var sum = {i};
        for (var k = 0; k < text.Length; k++)
        {{
            sum = unchecked(sum * 31 + text[k]);
        }}

        return Math.Abs(sum % 65536) + Enumerable.Range(0, {o}).Sum(x => x * 2);
    }}
}}
"""


def write_project(app: str, feed: str, version: str, files: int, squid_conf: str) -> None:
    """(Re)creates the project folder: project file, isolation files, nuget.config, the C# files and the config."""
    shutil.rmtree(app, ignore_errors=True)
    os.makedirs(os.path.join(app, "src"))
    os.makedirs(os.path.join(app, "deploy"))
    put(app, "Bench.csproj", PROJECT.format(version=version))
    for name, text in ISOLATION.items():
        put(app, name, text)
    put(app, "nuget.config", NUGET_CONFIG.format(feed=feed))
    put(app, "src/Program.cs", PROGRAM.replace("new Plant0()", "new Bench.Plants.Plant0()"))
    for i in range(files - 1):
        o = i % 250 + 1
        text = API_FILE.format(i=i, o=o) if i % 5 == 0 else PLAIN_FILE.format(i=i, o=o, group=i // 50)
        put(app, f"src/File{i}.cs", text)
    shutil.copyfile(squid_conf, os.path.join(app, "deploy", "squid.conf"))


def put(folder: str, name: str, text: str) -> None:
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(text)
