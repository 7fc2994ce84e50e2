namespace ProxyConnect.Squid;

/// <summary>What <see cref="SquidConfig.Edit"/> did.</summary>
/// <param name="Before">The file as it was read under the lock (an empty document for a new file).</param>
/// <param name="After">The edited document, as written (or as it would have been, when nothing changed).</param>
/// <param name="Written">Whether the file was written: false when the edit changed nothing.</param>
/// <param name="BackupPath">The backup made before writing, or <see langword="null"/>.</param>
/// <param name="IsNewFile">The file did not exist (<see cref="SaveOptions.CreateIfMissing"/>).</param>
/// <param name="WasLocked">False when the file system could not lock (no <c>flock</c>): the edit was then guarded
/// only by the change check.</param>
public sealed record ConfigFileEdit(SquidConfig Before, SquidConfig After, bool Written, string? BackupPath, bool IsNewFile, bool WasLocked);
