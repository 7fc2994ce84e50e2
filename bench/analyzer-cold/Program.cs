using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace AnalyzerCold;

/// <summary>
/// Times the build-time analyzers' phases in a fresh process, first and second run, with the process CPU clock and
/// the wall clock: what a compiler without a build server pays once per build (assembly loading, type
/// initialisers, JIT) against what the same work costs once warm.
///
///   AnalyzerCold ANALYZER_FOLDER SQUID_CONF phases|analyzers
///
/// phases: SquidTarget.TryParse, SquidConfig.Parse, SquidKnowledge.For, Binder.Bind, Linter.Run on the stock config,
/// called by reflection on the packed ProxyConnect.dll (the analyzers' copy). analyzers: the three analyzers through
/// CompilationWithAnalyzers on a small compilation that uses the API, with the config as an additional file.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: AnalyzerCold ANALYZER_FOLDER SQUID_CONF phases|analyzers");
            return 2;
        }

        var folder = Path.GetFullPath(args[0]);
        var configText = File.ReadAllText(args[1]);
        var configPath = Path.GetFullPath(args[1]);
        // The compiler resolves an analyzer's dependencies from the analyzer's folder; so does this process.
        AppDomain.CurrentDomain.AssemblyResolve += (_, e) =>
        {
            var candidate = Path.Combine(folder, new AssemblyName(e.Name).Name + ".dll");
            return File.Exists(candidate) ? Assembly.LoadFrom(candidate) : null;
        };

        return args[2] switch
        {
            "phases" => Phases(folder, configText, configPath),
            "analyzers" => Analyzers(folder, configText, configPath),
            _ => 2,
        };
    }

    private static int Phases(string folder, string configText, string configPath)
    {
        var timer = new PhaseTimer();
        var library = timer.Time("load ProxyConnect.dll", () => Assembly.LoadFrom(Path.Combine(folder, "ProxyConnect.dll")));
        var target = library.GetType("ProxyConnect.Squid.Knowledge.SquidTarget", true)!;
        var config = library.GetType("ProxyConnect.Squid.SquidConfig", true)!;
        var knowledge = library.GetType("ProxyConnect.Squid.Knowledge.SquidKnowledge", true)!;
        var binder = library.GetType("ProxyConnect.Analysis.Binding.Binder", true)!;
        var linter = library.GetType("ProxyConnect.Analysis.Lint.Linter", true)!;
        var tryParse = target.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static)!;
        var parse = config.GetMethod("Parse", new[] { typeof(string), typeof(string) })!;
        var forTarget = knowledge.GetMethod("For", BindingFlags.Public | BindingFlags.Static)!;
        var bind = binder.GetMethod("Bind", BindingFlags.Public | BindingFlags.Static)!;
        var run = linter.GetMethod("Run", BindingFlags.Public | BindingFlags.Static)!;
        // Reflection's first call and the runtime's culture data are paid here, not in the first phase: the compiler
        // has formatted numbers and compared strings long before an analyzer runs.
        timer.Time("runtime warm-up", () =>
        {
            typeof(string).GetMethod("IsNullOrEmpty")!.Invoke(null, new object?[] { "x" });
            return string.Format(CultureInfo.CurrentCulture, "{0} {1}", int.Parse("1", NumberStyles.None, CultureInfo.InvariantCulture), "x".ToUpperInvariant());
        });
        // Its type initialiser on its own (the known targets), so that the first phase is the parse alone.
        timer.Time("#1 SquidTarget type initialiser", () => { RuntimeHelpers.RunClassConstructor(target.TypeHandle); return 0; });
        for (var round = 1; round <= 2; round++)
        {
            var version = new object?[] { "5", null };
            timer.Time($"#{round} SquidTarget.TryParse", () => tryParse.Invoke(null, version));
            var document = timer.Time($"#{round} SquidConfig.Parse", () => parse.Invoke(null, new object?[] { configText, configPath })!);
            var facts = timer.Time($"#{round} SquidKnowledge.For", () => forTarget.Invoke(null, new[] { version[1] })!);
            var bound = timer.Time($"#{round} Binder.Bind", () => bind.Invoke(null, new object?[] { document, facts, true, false })!);
            var findings = timer.Time($"#{round} Linter.Run", () => (System.Collections.ICollection)run.Invoke(null, new[] { bound })!);
            Console.WriteLine($"   (#{round}: {findings.Count} finding(s))");
        }

        timer.Print();
        return 0;
    }

    private static int Analyzers(string folder, string configText, string configPath)
    {
        var timer = new PhaseTimer();
        var analyzers = timer.Time("load analyzers", () => new[] { "ProxyConnect.Analyzers.dll", "ProxyConnect.Analyzers.Config.dll" }
            .Select(name => Assembly.LoadFrom(Path.Combine(folder, name)))
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .ToArray());
        var library = MetadataReference.CreateFromFile(Path.Combine(folder, "ProxyConnect.dll"));
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToList();
        framework.Add(library);

        for (var round = 1; round <= 3; round++)
        {
            // A new compilation each round: nothing the compiler caches per compilation is reused.
            var compilation = timer.Time($"#{round} compile (no analyzers)", () =>
            {
                var c = CSharpCompilation.Create("App" + round, new[] { CSharpSyntaxTree.ParseText(Source) }, framework, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
                var errors = c.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
                if (errors.Length > 0)
                {
                    throw new InvalidOperationException(string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
                }

                return c;
            });
            foreach (var type in analyzers)
            {
                var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(type)!;
                var options = new AnalyzerOptions(ImmutableArray.Create<AdditionalText>(new ConfigText(configPath, configText)), new GlobalVersion("5"));
                var diagnostics = timer.Time($"#{round} {type.Name}", () => compilation
                    .WithAnalyzers(ImmutableArray.Create(analyzer), new CompilationWithAnalyzersOptions(options, null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
                    .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());
                Console.WriteLine($"   (#{round} {type.Name}: {diagnostics.Length} diagnostic(s): {string.Join(", ", diagnostics.Select(d => d.Id).Distinct())})");
            }
        }

        timer.Print();
        return 0;
    }

    private const string Source = """
        using ProxyConnect.Annotations;
        using ProxyConnect.Sensors;
        using ProxyConnect.Squid;

        public sealed class Plant
        {
            [PortNumber] public int ProxyPort { get; set; } = 3128;
            [HostOrAddress] public string ProxyHost { get; set; } = "proxy.plant.example";
            public static string Describe([HostOrAddress] string host, [PortNumber] int port) => host + ":" + port;
            public Sensor[] Sensors(string dynamic) => new[] { new Sensor("plc", "10.0.0.1", "10.0.0.0/24"), new Sensor("dyn", dynamic), new Sensor("bad", "10.0.0.300") };
            public SensorProxySettings Settings() => new SensorProxySettings { Enabled = true, Address = "10.0.0.254", Port = 70000, Username = "u", Password = "p" };
            public SquidConfig Configure(SquidConfig config) => config.SetHttpPort(3128).SetVisibleHostname("proxy.plant.example");
        }
        """;

    private sealed class ConfigText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class GlobalVersion(string version) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string> { ["build_property.SquidVersion"] = version });

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(new Dictionary<string, string>());

            public override bool TryGetValue(string key, out string value)
            {
                var found = values.TryGetValue(key, out var v);
                value = v ?? string.Empty;
                return found;
            }
        }
    }
}
