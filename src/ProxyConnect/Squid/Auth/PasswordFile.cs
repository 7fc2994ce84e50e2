using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ProxyConnect.Squid.IO;

namespace ProxyConnect.Squid.Auth;

/// <summary>The <c>user:hash</c> file Squid's <c>basic_ncsa_auth</c> helper reads. Immutable: every change returns a
/// new instance; <see cref="Save(string, string)"/> writes it atomically.</summary>
/// <remarks>Passwords are hashed with SHA-512 crypt (<c>$6$</c>, 16-character random salt), the strongest scheme the
/// helper of Squid 5.7 accepts through glibc's crypt(3) without extra libraries (it refuses <c>{SHA}</c> and plain
/// text). Lines we do not understand are kept as they are.</remarks>
public sealed class PasswordFile
{
    /// <summary>SHA-512 crypt rounds: ten times glibc's default, so each guess costs more, while one check (the
    /// helper runs it per new login; Squid caches the answer) stays in the tens of milliseconds.</summary>
    public const int DefaultRounds = 50_000;

    private readonly IReadOnlyList<string> _lines;

    private PasswordFile(IReadOnlyList<string> lines) => _lines = lines;

    /// <summary>An empty file.</summary>
    public static PasswordFile Empty { get; } = new(Array.Empty<string>());

    /// <summary>The user names, in file order.</summary>
    public IReadOnlyList<string> Users => _lines.Select(UserOf).Where(u => u != null).Select(u => u!).ToList();

    /// <summary>Reads the file's text.</summary>
    /// <param name="text">Lines of <c>user:hash</c>.</param>
    public static PasswordFile Parse(string text) =>
        new(text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToList());

    /// <summary>Reads a file; a missing file is an empty one.</summary>
    /// <param name="path">The file.</param>
    public static PasswordFile Load(string path) => File.Exists(path) ? Parse(File.ReadAllText(path)) : Empty;

    /// <summary>Sets (or replaces) a user's password, hashing it.</summary>
    /// <param name="user">The user name: no <c>:</c>, blanks or control characters.</param>
    /// <param name="password">The password (not empty).</param>
    /// <param name="rounds">SHA-512 crypt rounds.</param>
    /// <exception cref="ArgumentException">An invalid user name or an empty password (the message never shows it).</exception>
    public PasswordFile SetPassword(string user, string password, int rounds = DefaultRounds)
    {
        CheckUser(user);
        if (string.IsNullOrEmpty(password))
        {
            throw new ArgumentException("The password must not be empty.", nameof(password));
        }

        var line = user + ":" + ShaCrypt.Hash(password, rounds);
        var lines = _lines.ToList();
        var index = lines.FindIndex(l => UserOf(l) == user);
        if (index >= 0)
        {
            lines[index] = line;
        }
        else
        {
            lines.Add(line);
        }

        return new PasswordFile(lines);
    }

    /// <summary>Removes a user (no change when absent).</summary>
    /// <param name="user">The user name.</param>
    public PasswordFile RemoveUser(string user) => new(_lines.Where(l => UserOf(l) != user).ToList());

    /// <summary>Checks a password the way the helper does (for <c>$6$</c> hashes written by this class).</summary>
    /// <param name="user">The user name.</param>
    /// <param name="password">The password to check.</param>
    public bool Verify(string user, string password)
    {
        var line = _lines.FirstOrDefault(l => UserOf(l) == user);
        return line != null && ShaCrypt.Verify(password, line.Substring(user.Length + 1));
    }

    /// <summary>The mode of a new password file: owner read-write, group read, nothing for others (<c>0640</c>).</summary>
    public const int NewFileMode = 0x1A0;

    /// <summary>Writes the file for Debian's Squid (helpers run as <c>proxy</c>); see <see cref="Save(string, string)"/>.</summary>
    /// <param name="path">Where to write.</param>
    public void Save(string path) => Save(path, SquidUser.DebianDefault);

    /// <summary>Writes the file atomically and so that the hashes are never world-readable: a new file gets mode
    /// <c>0640</c> and the primary group of <paramref name="squidUser"/> (the user Squid's helper runs as), so the
    /// helper can read it; the group is set when running as root or as a member of that group, otherwise the file
    /// keeps the writer's group. An existing file keeps its owner, group and mode; a symlink is followed.</summary>
    /// <param name="path">Where to write.</param>
    /// <param name="squidUser">Squid's <c>cache_effective_user</c> (<c>proxy</c> on Debian, <c>squid</c> on Red Hat).</param>
    /// <exception cref="IOException">The file cannot be written; the message names it.</exception>
    public void Save(string path, string squidUser)
    {
        var group = SquidUser.PrimaryGroupOf(squidUser ?? throw new ArgumentNullException(nameof(squidUser)));
        AtomicFile.Write(path, Encoding.UTF8.GetBytes(ToString()), new FilePermissions(NewFileMode, null, group));
    }

    /// <summary>Reads, changes and writes a password file under its lock (<c>PATH.lock</c>), so that two changes at
    /// once never lose one; a missing file starts empty. See <see cref="Save(string, string)"/> for the file's mode.</summary>
    /// <param name="path">The password file.</param>
    /// <param name="change">The change, for example <c>f =&gt; f.SetPassword(user, password)</c>.</param>
    /// <param name="squidUser">Squid's <c>cache_effective_user</c>.</param>
    /// <returns>The file as written.</returns>
    public static PasswordFile Edit(string path, Func<PasswordFile, PasswordFile> change, string squidUser = SquidUser.DebianDefault)
    {
        if (change is null)
        {
            throw new ArgumentNullException(nameof(change));
        }

        using var fileLock = FileLock.Acquire(SymlinkTarget.Resolve(path), FileLock.DefaultTimeout);
        var changed = change(Load(path));
        changed.Save(path, squidUser);
        return changed;
    }

    /// <summary>The file's text: one <c>user:hash</c> line each, LF endings.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        foreach (var line in _lines)
        {
            builder.Append(line).Append('\n');
        }

        return builder.ToString();
    }

    private static string? UserOf(string line)
    {
        var colon = line.IndexOf(':');
        return colon > 0 ? line.Substring(0, colon) : null;
    }

    private static void CheckUser(string user)
    {
        if (string.IsNullOrEmpty(user) || user.Any(c => c == ':' || char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            throw new ArgumentException($"'{user}' is not a valid user name: it must not be empty or hold ':', blanks or control characters.", nameof(user));
        }
    }
}
