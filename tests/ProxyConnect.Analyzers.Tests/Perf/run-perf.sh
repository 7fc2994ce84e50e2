#!/usr/bin/env bash
# Measures the ProxyConnect analyzers on a generated project of 500 files that use the API (not run by the unit tests).
#   tests/ProxyConnect.Analyzers.Tests/Perf/run-perf.sh [files] [work-dir]
# Prints the analyzer's own time (from -p:ReportAnalyzer=true) and the wall time of the build.
set -euo pipefail
FILES="${1:-500}"
WORK="${2:-$(mktemp -d /tmp/pxc-perf.XXXXXX)}"
REPO="$(cd "$(dirname "$0")/../../.." && pwd)"

mkdir -p "$WORK/src"
# Outside the repository, so the repository's Directory.*.props do not apply.
cat > "$WORK/Perf.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <OutputType>Library</OutputType>
    <Nullable>enable</Nullable>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$REPO/src/ProxyConnect/ProxyConnect.csproj" />
    <ProjectReference Include="$REPO/src/ProxyConnect.Analyzers/ProxyConnect.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
XML
echo "<Project />" > "$WORK/Directory.Build.props"
echo "<Project />" > "$WORK/Directory.Packages.props"

for i in $(seq 1 "$FILES"); do
  o=$(( i % 250 + 1 ))
  cat > "$WORK/src/File$i.cs" <<CS
using System;
using System.Collections.Generic;
using System.Linq;
using ProxyConnect.Annotations;
using ProxyConnect.Sensors;

namespace Perf;

public sealed class Plant$i
{
    private const string Net = "10.$o.0.0/24";
    [PortNumber] public int Port { get; set; } = 3128;
    [HostOrAddress] public string Proxy { get; set; } = "proxy$i.example.com";

    public static void Connect([HostOrAddress] string host, [PortNumber] int port) { _ = host; _ = port; }

    public IReadOnlyList<Sensor> Sensors(string dynamicAddress, int n)
    {
        var list = new List<Sensor>
        {
            new Sensor("plc-$i", "10.$o.0.1", "10.$o.0.2", Net),
            new Sensor("line-$i", "10.$o.1.1-10.$o.1.9"),
            new Sensor("dyn-$i", dynamicAddress),
            new Sensor(name: "v6-$i", addresses: "2001:db8::$o"),
        };
        for (var k = 0; k < n; k++)
        {
            list.Add(new Sensor("gen-$i-" + k, "10.$o.2." + (k % 250 + 1)));
        }

        Connect("proxy.example.com", 3128);
        Connect(Proxy, Port);
        var copy = new Plant$i { Port = 8080, Proxy = "10.$o.0.254" };
        copy.Port = 3129;
        return list.Where(s => s.Name.Length > 0).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
    }

    public string Unrelated(int a, string b)
    {
        var parts = b.Split(',').Select(p => p.Trim()).Where(p => p.Length > a).ToArray();
        var sum = Enumerable.Range(0, a).Sum(x => x * 2);
        return string.Join(";", parts) + Math.Max(sum, 70000).ToString() + string.Concat("a", "b", "c");
    }
}
CS
done

cd "$WORK"
dotnet build -c Release -nologo -v:q > /dev/null        # restore and warm up
start=$(date +%s.%N)
dotnet build -c Release -nologo --no-incremental --no-dependencies -p:ReportAnalyzer=true -v:d > build.log
end=$(date +%s.%N)
echo "files: $FILES   work dir: $WORK"
echo "build wall time (Perf project only, --no-incremental): $(echo "$end - $start" | bc) s"
grep -E "Total analyzer execution time|ProxyConnect\.Analyzers|ValueAnalyzer|CredentialsAnalyzer" build.log | sed 's/^ *//' | sort -u
grep -E "Time Elapsed" build.log | tail -1
