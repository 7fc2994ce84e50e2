using System;

namespace ProxyConnect.Squid;

/// <summary>How <see cref="SquidConfig.Save(string, SaveOptions)"/> and <see cref="SquidConfig.Edit"/> write a file.</summary>
public sealed record SaveOptions
{
    /// <summary>The defaults: no backup, refuse to overwrite a changed file, wait up to 60 s for another writer.</summary>
    public static SaveOptions Default { get; } = new();

    /// <summary>Keep the previous file first: as <c>PATH.factory</c> the first time (never overwritten afterwards),
    /// as a timestamped <c>PATH.*.bak</c> after that.</summary>
    public bool Backup { get; init; }

    /// <summary>Write even if the file changed since the document was loaded from it (by default that is refused
    /// with <see cref="ConfigFileChangedException"/>, so that nobody's edit is lost silently).</summary>
    public bool OverwriteChanged { get; init; }

    /// <summary>For <see cref="SquidConfig.Edit"/>: a missing file is edited as an empty document (for example a new
    /// conf.d sensor file) instead of being an error.</summary>
    public bool CreateIfMissing { get; init; }

    /// <summary>How long to wait while another writer holds the file's lock (<c>PATH.lock</c>).</summary>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
