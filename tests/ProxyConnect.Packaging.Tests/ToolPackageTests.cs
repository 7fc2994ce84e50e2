using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml.Linq;
using FluentAssertions;
using ProxyConnect.Packaging.Tests.Support;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Packaging.Tests;

/// <summary>The proxyconnect tool as users get it: the packages one <c>dotnet pack</c> makes (a pointer package, the
/// native linux-x64 executable, a framework-dependent fallback and a net8.0 copy for older SDKs), installed with
/// <c>dotnet tool install</c> from the feed, and run. The pack (with its slow native compile) happens once per run,
/// in <see cref="PackedFeed"/>.</summary>
[Collection(PackagingCollection.Name)]
public sealed class ToolPackageTests
{
    private const string Pointer = "ProxyConnect.Tool";
    private const string Native = "ProxyConnect.Tool.linux-x64";
    private const string Fallback = "ProxyConnect.Tool.any";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    private readonly PackedFeed _feed;

    public ToolPackageTests(PackedFeed feed)
    {
        _feed = feed;
    }

    [Fact]
    public void The_pointer_package_names_the_native_and_the_fallback_package_for_dotnet_10()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath(Pointer));
        var settings = Xml(package, "tools/net10.0/any/DotnetToolSettings.xml");

        settings.Root!.Descendants("RuntimeIdentifierPackage")
            .Select(p => $"{p.Attribute("RuntimeIdentifier")?.Value}={p.Attribute("Id")?.Value}")
            .Should().BeEquivalentTo($"linux-x64={Native}", $"any={Fallback}");
        package.Entries.Where(e => e.FullName.StartsWith("tools/net10.0/", StringComparison.Ordinal)).Should().ContainSingle("the .NET 10 part is a pointer only");
        PackageTypes(package, Pointer).Should().Equal("DotnetTool");
    }

    [Fact]
    public void The_pointer_package_holds_a_complete_net8_tool_for_older_SDKs()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath(Pointer));
        var command = Xml(package, "tools/net8.0/any/DotnetToolSettings.xml").Root!.Descendants("Command").Single();
        var runtimeConfig = Text(package, "tools/net8.0/any/ProxyConnect.Cli.runtimeconfig.json");

        command.Attribute("Runner")?.Value.Should().Be("dotnet");
        command.Attribute("EntryPoint")?.Value.Should().Be("ProxyConnect.Cli.dll");
        package.Entries.Select(e => e.FullName).Should().Contain(new[] { "tools/net8.0/any/ProxyConnect.Cli.dll", "tools/net8.0/any/ProxyConnect.dll", "tools/net8.0/any/Sprache.dll" });
        runtimeConfig.Should().Contain("\"tfm\": \"net8.0\"").And.Contain("\"rollForward\": \"Major\"", "it runs on .NET 8 or any later runtime");
    }

    [Fact]
    public void The_linux_x64_package_holds_a_native_executable_and_no_managed_code()
    {
        File.Exists(_feed.PackagePath(Native)).Should().BeTrue(_feed.PackResult.Output);
        using var package = ZipFile.OpenRead(_feed.PackagePath(Native));
        var command = Xml(package, "tools/any/linux-x64/DotnetToolSettings.xml").Root!.Descendants("Command").Single();
        var executable = Bytes(package, "tools/any/linux-x64/" + command.Attribute("EntryPoint")?.Value);

        command.Attribute("Runner")?.Value.Should().Be("executable");
        executable.Take(4).Should().Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' }, "ELF magic");
        executable[4].Should().Be(2, "ELFCLASS64");
        BitConverter.ToUInt16(executable, 18).Should().Be(62, "e_machine EM_X86_64");
        package.Entries.Select(e => Path.GetExtension(e.Name)).Should().NotContain(new[] { ".dll", ".pdb", ".dbg" });
        PackageTypes(package, Native).Should().Equal("DotnetToolRidPackage");
    }

    [Fact]
    public void The_fallback_package_is_framework_dependent_net10()
    {
        using var package = ZipFile.OpenRead(_feed.PackagePath(Fallback));
        var command = Xml(package, "tools/net10.0/any/DotnetToolSettings.xml").Root!.Descendants("Command").Single();

        command.Attribute("Runner")?.Value.Should().Be("dotnet");
        command.Attribute("EntryPoint")?.Value.Should().Be("ProxyConnect.Cli.dll");
        PackageTypes(package, Fallback).Should().Equal("DotnetToolRidPackage");
    }

    [Fact]
    public void No_tool_package_declares_dependencies()
    {
        foreach (var id in new[] { Pointer, Native, Fallback })
        {
            using var package = ZipFile.OpenRead(_feed.PackagePath(id));
            Nuspec(package, id).Descendants().Where(e => e.Name.LocalName == "dependency").Should().BeEmpty($"{id} carries what it needs");
        }
    }

    [SkippableFact]
    public void Installing_from_the_feed_on_linux_x64_gives_the_native_executable()
    {
        Skip.IfNot(RuntimeInformation.RuntimeIdentifier == "linux-x64", $"the native package is for linux-x64; this machine is {RuntimeInformation.RuntimeIdentifier}");

        var tool = Install("native");

        var target = new FileInfo(tool).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? tool;
        target.Should().Contain(Native.ToLowerInvariant(), "the SDK took the runtime-specific package");
        File.ReadAllBytes(target).Take(4).Should().Equal(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' });
        var version = Dotnet.RunProgram(tool, _feed.Root, Timeout, null, "--version");
        version.ExitCode.Should().Be(0, version.ToString());
        version.Output.Should().StartWith(_feed.Version);
    }

    [Fact]
    public void An_SDK_for_net8_gets_the_framework_dependent_copy()
    {
        // What a .NET 8 SDK resolves: NuGet's nearest framework to net8.0 in the pointer package.
        var tool = Install("net8", "--framework", "net8.0");

        Directory.GetFiles(Path.Combine(Path.GetDirectoryName(tool)!, ".store"), "ProxyConnect.Cli.dll", SearchOption.AllDirectories)
            .Should().ContainSingle().Which.Replace('\\', '/').Should().Contain("/tools/net8.0/any/");
        var version = Dotnet.RunProgram(tool, _feed.Root, Timeout, null, "--version");
        version.ExitCode.Should().Be(0, version.ToString());
        version.Output.Should().StartWith(_feed.Version);
    }

    [SkippableFact]
    public void The_native_and_the_framework_dependent_tool_print_the_same_bytes()
    {
        Skip.IfNot(RuntimeInformation.RuntimeIdentifier == "linux-x64", $"the native package is for linux-x64; this machine is {RuntimeInformation.RuntimeIdentifier}");
        var native = Install("same-native");
        var managed = ExtractFallback();
        var work = Directory.CreateDirectory(Path.Combine(_feed.Root, "same-bytes")).FullName;
        var broken = Path.Combine(work, "broken.conf");
        File.WriteAllText(broken, "acl bad src 10.0.0.300\nhttp_access allow bad\nhttp_access deny all\n");
        var stock = RepoPaths.StockDebianConfig;
        var jobs = new[]
        {
            new[] { "default" },
            new[] { "lint", stock, "--format", "json" },
            new[] { "lint", broken },
            new[] { "add-sensor", stock, "--name", "sensor1", "--ip", "10.1.0.5" },
            new[] { "sensors", stock, "--json" },
            new[] { "check", stock, "--src", "10.1.0.5", "--json" },
        };

        foreach (var job in jobs)
        {
            var a = RunToFiles(work, "native", native, job);
            var b = RunToFiles(work, "managed", "dotnet", new[] { managed }.Concat(job).ToArray());
            var name = string.Join(" ", job);
            a.ExitCode.Should().Be(b.ExitCode, name);
            File.ReadAllBytes(a.Stdout).Should().Equal(File.ReadAllBytes(b.Stdout), name);
            File.ReadAllText(a.Stderr).Should().Be(File.ReadAllText(b.Stderr), name);
        }

        RunToFiles(work, "broken", native, new[] { "lint", broken }).ExitCode.Should().Be(1, "PXC1023 is an error");
    }

    /// <summary>Installs the tool from the feed into a tool path of its own, with a NuGet cache of its own (so nothing
    /// installed earlier, nor this run's packages, leak between runs), and returns the command's path.</summary>
    private string Install(string name, params string[] extra)
    {
        var root = Path.Combine(_feed.Root, "install-" + name);
        var tools = Path.Combine(root, "tools");
        Directory.CreateDirectory(root);
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };
        var install = Dotnet.RunProgram("dotnet", root, Timeout, environment,
            new[] { "tool", "install", "--tool-path", tools, "--add-source", _feed.Feed, Pointer, "--version", _feed.Version }.Concat(extra).ToArray());
        install.ExitCode.Should().Be(0, install.ToString());
        return Path.Combine(tools, OperatingSystem.IsWindows() ? "proxyconnect.exe" : "proxyconnect");
    }

    /// <summary>The fallback package's entry assembly, unpacked, to run with <c>dotnet</c>.</summary>
    private string ExtractFallback()
    {
        var folder = Path.Combine(_feed.Root, "fallback");
        if (!Directory.Exists(folder))
        {
            ZipFile.ExtractToDirectory(_feed.PackagePath(Fallback), folder);
        }

        return Path.Combine(folder, "tools", "net10.0", "any", "ProxyConnect.Cli.dll");
    }

    /// <summary>Runs a command through the shell with stdout and stderr in files of their own (the bytes, untouched).</summary>
    private static (int ExitCode, string Stdout, string Stderr) RunToFiles(string work, string label, string program, string[] args)
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        var stdout = Path.Combine(work, $"{label}-{id}.out");
        var stderr = Path.Combine(work, $"{label}-{id}.err");
        var files = new Dictionary<string, string> { ["OUT"] = stdout, ["ERR"] = stderr };
        var run = Dotnet.RunProgram("sh", work, Timeout, files,
            new[] { "-c", "exec \"$0\" \"$@\" >\"$OUT\" 2>\"$ERR\"", program }.Concat(args).ToArray());
        return (run.ExitCode, stdout, stderr);
    }

    private static IReadOnlyList<string> PackageTypes(ZipArchive package, string id) =>
        Nuspec(package, id).Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => e.Attribute("name")!.Value).ToList();

    private static XDocument Nuspec(ZipArchive package, string id) => Xml(package, id + ".nuspec");

    private static XDocument Xml(ZipArchive package, string path)
    {
        using var stream = Entry(package, path).Open();
        return XDocument.Load(stream);
    }

    private static string Text(ZipArchive package, string path)
    {
        using var reader = new StreamReader(Entry(package, path).Open());
        return reader.ReadToEnd();
    }

    private static byte[] Bytes(ZipArchive package, string path)
    {
        using var stream = Entry(package, path).Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static ZipArchiveEntry Entry(ZipArchive package, string path) =>
        package.GetEntry(path) ?? throw new InvalidOperationException($"{path} is not in the package; it holds: {string.Join(", ", package.Entries.Select(e => e.FullName))}");
}
