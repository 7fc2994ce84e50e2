using System.IO;

namespace ProxyConnect.Squid;

/// <summary>A save was refused because the file changed since the document was loaded from it: writing would
/// silently throw the other change away. Load the file again and repeat the edit (<see cref="SquidConfig.Edit"/>
/// does that under a lock), or save with <see cref="SaveOptions.OverwriteChanged"/>.</summary>
public sealed class ConfigFileChangedException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="message">What happened and what to do.</param>
    public ConfigFileChangedException(string path, string message)
        : base(message)
    {
        FilePath = path;
    }

    /// <summary>The file that changed.</summary>
    public string FilePath { get; }
}
