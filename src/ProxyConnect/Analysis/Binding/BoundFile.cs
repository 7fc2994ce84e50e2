namespace ProxyConnect.Analysis.Binding;

/// <summary>One file of the binder's walk: its path, its folder and the order in which it was first read. Every
/// directive of the file points at the one instance, so a line costs no copy of them.</summary>
internal sealed class BoundFile
{
    public BoundFile(string? path, string? folder, int index)
    {
        Path = path;
        Folder = folder;
        Index = index;
    }

    /// <summary>The file's path, or <see langword="null"/> for text without a file.</summary>
    public string? Path { get; }

    /// <summary>The folder of the file, or <see langword="null"/> for text without a file.</summary>
    public string? Folder { get; }

    /// <summary>The order in which the file was first read (0 = the main file).</summary>
    public int Index { get; }
}
