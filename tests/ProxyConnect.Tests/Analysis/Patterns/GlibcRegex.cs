using System.Runtime.InteropServices;
using System.Text;

namespace ProxyConnect.Tests.Analysis.Patterns;

/// <summary>The real thing: glibc's regcomp/regexec, with the flags Squid passes (REG_EXTENDED | REG_NOSUB, plus
/// REG_ICASE after -i), in the C locale Squid runs in. The oracle for the translation's property tests.</summary>
internal static class GlibcRegex
{
    private const int RegExtended = 1;
    private const int RegIcase = 2;
    private const int RegNosub = 8;
    private const int LcCtypeMask = 1;
    private const int LcCollateMask = 8;

    private static readonly Lazy<string?> Missing = new(Probe);
    private static IntPtr _cLocale;

    /// <summary>Why the oracle cannot run here, or null.</summary>
    public static string? WhyUnavailable => Missing.Value;

    /// <summary>null when glibc refuses the pattern, else whether it matches the subject.</summary>
    public static bool? Matches(string pattern, bool ignoreCase, string subject)
    {
        var regex = Marshal.AllocHGlobal(256);
        var previous = uselocale(_cLocale);
        try
        {
            if (regcomp(regex, Bytes(pattern), RegExtended | RegNosub | (ignoreCase ? RegIcase : 0)) != 0)
            {
                return null;
            }

            try
            {
                return regexec(regex, Bytes(subject), UIntPtr.Zero, IntPtr.Zero, 0) == 0;
            }
            finally
            {
                regfree(regex);
            }
        }
        finally
        {
            uselocale(previous);
            Marshal.FreeHGlobal(regex);
        }
    }

    private static byte[] Bytes(string s)
    {
        var bytes = new byte[s.Length + 1];
        for (var i = 0; i < s.Length; i++)
        {
            bytes[i] = (byte)s[i];
        }

        return bytes;
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "glibc's regcomp is the oracle and this is not Linux";
        }

        try
        {
            _cLocale = newlocale(LcCtypeMask | LcCollateMask, "C", IntPtr.Zero);
            return Matches("^a+$", false, "aa") == true ? null : "regcomp/regexec did not behave like glibc's";
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return "no glibc regcomp in this process: " + e.Message;
        }
    }

    [DllImport("libc", EntryPoint = "regcomp")]
    private static extern int regcomp(IntPtr regex, byte[] pattern, int flags);

    [DllImport("libc", EntryPoint = "regexec")]
    private static extern int regexec(IntPtr regex, byte[] subject, UIntPtr count, IntPtr matches, int flags);

    [DllImport("libc", EntryPoint = "regfree")]
    private static extern void regfree(IntPtr regex);

    [DllImport("libc", EntryPoint = "newlocale")]
    private static extern IntPtr newlocale(int mask, [MarshalAs(UnmanagedType.LPStr)] string locale, IntPtr based);

    [DllImport("libc", EntryPoint = "uselocale")]
    private static extern IntPtr uselocale(IntPtr locale);
}
