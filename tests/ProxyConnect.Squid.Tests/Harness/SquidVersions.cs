namespace ProxyConnect.Squid.Tests.Harness;

/// <summary>
/// The Squid majors the project supports (4, 5, 6, 7) and where each is installed: the machine's own squid
/// (<see cref="SquidBinary"/>) for its major, and the chroots under <see cref="RootsFolder"/> for the others.
/// Tests are written once over <see cref="Majors"/> (<c>[SkippableTheory, MemberData(nameof(SquidVersions.Majors), MemberType = typeof(SquidVersions))]</c>)
/// and call <see cref="Require(int)"/>, which skips with a printed reason when that Squid is missing, and fails
/// under <c>CI=true</c>.
/// </summary>
public static class SquidVersions
{
    /// <summary>Environment variable naming the folder of the chroots (one subfolder per Debian suite).</summary>
    public const string RootsVariable = "PROXYCONNECT_SQUID_ROOTS";

    /// <summary>Where <c>.ci/install-squid-versions</c> puts the chroots unless told otherwise.</summary>
    public const string DefaultRootsFolder = "/var/cache/proxyconnect/squid-roots";

    /// <summary>The supported majors, oldest first.</summary>
    public static readonly IReadOnlyList<int> SupportedMajors = [4, 5, 6, 7];

    private static readonly Lazy<IReadOnlyList<SquidInstall>> InstalledLazy = new(Discover);

    /// <summary>xunit theory data: one row per supported major.</summary>
    public static IEnumerable<object[]> Majors => SupportedMajors.Select(major => new object[] { major });

    /// <summary>The folder of the chroots: <see cref="RootsVariable"/> when set, else <see cref="DefaultRootsFolder"/>.</summary>
    public static string RootsFolder =>
        Environment.GetEnvironmentVariable(RootsVariable) is { Length: > 0 } folder ? folder : DefaultRootsFolder;

    /// <summary>Every Squid found, one per major (the host's own squid wins over a chroot of the same major), oldest first.
    /// Found once per test run.</summary>
    public static IReadOnlyList<SquidInstall> Installed => InstalledLazy.Value;

    /// <summary>The Squid of <paramref name="major"/>, or stops the test: a skip with the reason outside CI, a failure under <c>CI=true</c>.</summary>
    /// <param name="major">4, 5, 6 or 7.</param>
    /// <returns>The installed Squid.</returns>
    /// <exception cref="InvalidOperationException">It is missing and <c>CI=true</c>.</exception>
    /// <exception cref="SkipException">It is missing outside CI.</exception>
    public static SquidInstall Require(int major) => Require(major, Installed, SquidBinary.UnderCi);

    /// <summary>The decision of <see cref="Require(int)"/> for explicit inputs.</summary>
    /// <param name="major">The major asked for.</param>
    /// <param name="installed">What was found.</param>
    /// <param name="underCi">Whether the run is under CI.</param>
    /// <returns>The install of that major.</returns>
    public static SquidInstall Require(int major, IReadOnlyList<SquidInstall> installed, bool underCi)
    {
        ArgumentNullException.ThrowIfNull(installed);
        if (!SupportedMajors.Contains(major))
        {
            throw new ArgumentOutOfRangeException(nameof(major), major, "supported: " + string.Join(", ", SupportedMajors));
        }

        var found = installed.FirstOrDefault(i => i.Major == major);
        if (found != null)
        {
            return found;
        }

        var reason = MissingReason(major);
        if (underCi)
        {
            throw new InvalidOperationException($"{reason} (required under CI=true)");
        }

        throw new SkipException(reason);
    }

    /// <summary>The machine's own squid (whatever its version), or stops the test as <see cref="SquidBinary.Require()"/> does.</summary>
    /// <returns>The host's install.</returns>
    public static SquidInstall Host()
    {
        var squid = SquidBinary.Require();
        return Installed.FirstOrDefault(i => i.Root == null)
            ?? SquidInstall.OnHost(squid)
            ?? throw new InvalidOperationException($"{squid} -v names no version");
    }

    /// <summary>Every supported Squid, or stops the test as <see cref="Require(int)"/> does when one is missing.</summary>
    public static IReadOnlyList<SquidInstall> All => SupportedMajors.Select(Require).ToList();

    private static string MissingReason(int major)
    {
        var why = OperatingSystem.IsWindows() || Environment.UserName != "root"
            ? "the chroots need root to run"
            : $"no Squid {major} on the host nor in {RootsFolder}";
        return $"Squid {major} not installed: {why}; run .ci/install-squid-versions (as root) or set {RootsVariable}";
    }

    private static IReadOnlyList<SquidInstall> Discover()
    {
        var found = new List<SquidInstall>();
        if (SquidBinary.Find() is { } hostSquid && SquidInstall.OnHost(hostSquid) is { } host)
        {
            found.Add(host);
        }

        if (Directory.Exists(RootsFolder) && !OperatingSystem.IsWindows() && Environment.UserName == "root")
        {
            // Roots are probed in name order so that the choice between two roots of one major is stable.
            foreach (var root in Directory.GetDirectories(RootsFolder).Order(StringComparer.Ordinal))
            {
                if (SquidInstall.InRoot(root) is { } install && found.All(i => i.Major != install.Major))
                {
                    found.Add(install);
                }
            }
        }

        return found.OrderBy(i => i.Major).ToList();
    }
}
