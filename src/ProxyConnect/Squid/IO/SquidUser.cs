using System;
using System.IO;
using System.Linq;

namespace ProxyConnect.Squid.IO;

/// <summary>The account Squid and its helpers run as (<c>cache_effective_user</c>; <c>proxy</c> on Debian and
/// Ubuntu, <c>squid</c> on Red Hat), read from <c>/etc/passwd</c>.</summary>
internal static class SquidUser
{
    /// <summary>Debian's <c>cache_effective_user</c>.</summary>
    public const string DebianDefault = "proxy";

    /// <summary>The primary group of <paramref name="user"/>, or <see langword="null"/> when there is no such user
    /// (or no <c>/etc/passwd</c>: not a Unix system).</summary>
    public static uint? PrimaryGroupOf(string user)
    {
        const string passwd = "/etc/passwd";
        if (!File.Exists(passwd))
        {
            return null;
        }

        var prefix = user + ":";
        var line = File.ReadLines(passwd).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
        var fields = line?.Split(':');
        return fields != null && fields.Length > 3 && uint.TryParse(fields[3], out var gid) ? gid : null;
    }
}
