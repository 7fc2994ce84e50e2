namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>
/// Finds the squid executable for the tests. The resolution is a pure function of its inputs
/// (<see cref="Resolve"/>, <see cref="Require(string?, bool)"/>) so it can be tested without touching the environment.
/// </summary>
public static class SquidBinary
{
    /// <summary>Environment variable that names the squid executable to use instead of the default.</summary>
    public const string OverrideVariable = "PROXYCONNECT_SQUID";

    /// <summary>Where the Debian package installs squid.</summary>
    public const string DefaultPath = "/usr/sbin/squid";

    /// <summary>The message of the failure raised when squid is missing under <c>CI=true</c>.</summary>
    public const string RequiredUnderCiMessage = "squid is required under CI=true; install the Debian package squid";

    /// <summary>The reason printed for a test skipped because squid is missing (outside CI).</summary>
    public const string NotFoundSkipReason = "squid not found (set PROXYCONNECT_SQUID or apt-get install squid)";

    private static readonly Lazy<string?> FoundLazy = new(() => Resolve(
        Environment.GetEnvironmentVariable(OverrideVariable),
        Environment.GetEnvironmentVariable("PATH"),
        File.Exists));

    /// <summary>The squid found from this process's environment, or <c>null</c>. Resolved once per test run.</summary>
    public static string? Find() => FoundLazy.Value;

    /// <summary>Whether this process runs under CI (<c>CI=true</c>, case-insensitive).</summary>
    public static bool UnderCi => IsCi(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Whether a value of the <c>CI</c> variable means "running under CI".</summary>
    /// <param name="ciVariable">The value of <c>CI</c>, or <c>null</c> when unset.</param>
    public static bool IsCi(string? ciVariable) => string.Equals(ciVariable?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Resolves the squid executable: <paramref name="overridePath"/> when it is set (an explicit setting is honoured
    /// even when it names a missing file, so that a wrong setting never silently tests another squid), else
    /// <see cref="DefaultPath"/>, else <c>squid</c> in a folder of <paramref name="pathVariable"/>.
    /// </summary>
    /// <param name="overridePath">The value of <see cref="OverrideVariable"/>, or <c>null</c>/empty when unset.</param>
    /// <param name="pathVariable">The value of <c>PATH</c>.</param>
    /// <param name="fileExists">Tells whether a file exists (<see cref="File.Exists"/> in production).</param>
    /// <returns>The full path of squid, or <c>null</c> when none was found.</returns>
    public static string? Resolve(string? overridePath, string? pathVariable, Func<string, bool> fileExists)
    {
        ArgumentNullException.ThrowIfNull(fileExists);
        if (!string.IsNullOrWhiteSpace(overridePath))
        {
            return fileExists(overridePath) ? overridePath : null;
        }

        if (fileExists(DefaultPath))
        {
            return DefaultPath;
        }

        foreach (var folder in (pathVariable ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "squid");
            if (fileExists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns squid for a test, or stops the test: a failure under <c>CI=true</c>, a skip with a printed reason otherwise.
    /// </summary>
    /// <returns>The full path of squid.</returns>
    /// <exception cref="InvalidOperationException">Squid is missing and <c>CI=true</c>.</exception>
    /// <exception cref="SkipException">Squid is missing outside CI.</exception>
    public static string Require() => Require(Find(), UnderCi);

    /// <summary>The decision of <see cref="Require()"/> for explicit inputs.</summary>
    /// <param name="found">The resolved squid, or <c>null</c> when missing.</param>
    /// <param name="underCi">Whether the run is under CI.</param>
    /// <returns><paramref name="found"/> when it is not <c>null</c>.</returns>
    /// <exception cref="InvalidOperationException">Squid is missing and <paramref name="underCi"/> is true.</exception>
    /// <exception cref="SkipException">Squid is missing and <paramref name="underCi"/> is false.</exception>
    public static string Require(string? found, bool underCi)
    {
        if (found != null)
        {
            return found;
        }

        if (underCi)
        {
            throw new InvalidOperationException(RequiredUnderCiMessage);
        }

        throw new SkipException(NotFoundSkipReason);
    }
}
