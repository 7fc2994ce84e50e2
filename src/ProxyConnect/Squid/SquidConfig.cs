using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ProxyConnect.Squid.IO;
using ProxyConnect.Squid.Knowledge;
using ProxyConnect.Squid.Model;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid;

/// <summary>A squid.conf document: a lossless syntax tree with typed views over it. Immutable: every edit returns
/// a new document that shares the untouched nodes, and writes them back byte for byte.</summary>
public sealed partial class SquidConfig
{
    /// <summary>The comment line that marks where operators add their own access rules (stock squid.conf).</summary>
    public const string MarkerText = "INSERT YOUR OWN RULE(S) HERE TO ALLOW ACCESS FROM YOUR CLIENTS";

    private static readonly IReadOnlyList<ConfigDiagnostic> NoWarnings = Array.Empty<ConfigDiagnostic>();

    private readonly SyntaxNode[] _nodes;
    private string? _text;

    private SquidConfig(SyntaxNode[] nodes, string? text, string? filePath, ConfigEncoding encoding, IReadOnlyList<ConfigDiagnostic>? editWarnings = null)
    {
        _nodes = nodes;
        _text = text;
        FilePath = filePath;
        Encoding = encoding;
        EditWarnings = editWarnings ?? NoWarnings;
    }

    /// <summary>Warnings raised by the edits that produced this document (for example a sensor rule placed where
    /// Squid never reaches it). Empty for a parsed or loaded document.</summary>
    public IReadOnlyList<ConfigDiagnostic> EditWarnings { get; }

    /// <summary>The file this document was loaded from (used in locations), or <see langword="null"/>.</summary>
    public string? FilePath { get; }

    /// <summary>How the file's bytes were decoded; <see cref="Save(string, bool)"/> encodes the same way.</summary>
    public ConfigEncoding Encoding { get; }

    /// <summary>The nodes of the document, in order: together they hold every character of the text.</summary>
    public IReadOnlyList<SyntaxNode> Nodes => _nodes;

    /// <summary>Every directive, as its typed view, in file order.</summary>
    public IEnumerable<Directive> Directives => LocatedDirectives().Select(d => Directive.From(d.Node, d.Location));

    /// <summary>All <c>acl</c> lines in file order (same-name lines are listed one by one).</summary>
    public IEnumerable<AclDirective> Acls => Directives.OfType<AclDirective>();

    /// <summary>All <c>http_access</c> rules in file order.</summary>
    public IEnumerable<HttpAccessDirective> HttpAccessRules => Directives.OfType<HttpAccessDirective>();

    /// <summary>All <c>http_port</c> lines.</summary>
    public IEnumerable<HttpPortDirective> HttpPorts => Directives.OfType<HttpPortDirective>();

    /// <summary>All <c>include</c> lines.</summary>
    public IEnumerable<IncludeDirective> Includes => Directives.OfType<IncludeDirective>();

    /// <summary>All <c>auth_param</c> lines.</summary>
    public IEnumerable<AuthParamDirective> AuthParams => Directives.OfType<AuthParamDirective>();

    /// <summary>All <c>cache_peer</c> lines.</summary>
    public IEnumerable<CachePeerDirective> CachePeers => Directives.OfType<CachePeerDirective>();

    /// <summary>Where the <see cref="MarkerText"/> comment stands, or <see langword="null"/> when the document has none.</summary>
    public SourceLocation? MarkerLocation
    {
        get
        {
            var index = FindMarkerIndex();
            return index < 0 ? null : LocationOf(index, 1);
        }
    }

    /// <summary>Problems the syntax layer sees in the text (byte order mark, open continuation, CR inside a line, …).</summary>
    public IEnumerable<ConfigDiagnostic> SyntaxDiagnostics
    {
        get
        {
            var line = 1;
            foreach (var node in _nodes)
            {
                foreach (var d in node.Diagnostics)
                {
                    yield return new ConfigDiagnostic(d.Code, d.Severity, d.Message, new SourceLocation(FilePath, line + d.LineOffset, d.Column));
                }

                line += node.PhysicalLineCount;
            }
        }
    }

    /// <summary>The line ending most lines use (<c>"\r\n"</c> or <c>"\n"</c>); new lines are written with it.</summary>
    public string LineEnding
    {
        get
        {
            int crlf = 0, lf = 0;
            foreach (var node in _nodes)
            {
                switch (node.LineEnding)
                {
                    case "\r\n": crlf++; break;
                    case "\n": lf++; break;
                }
            }

            return crlf > lf ? "\r\n" : "\n";
        }
    }

    /// <summary>Parses text. Never throws because of content: whatever Squid would not accept is kept as written and
    /// reported through <see cref="SyntaxDiagnostics"/> and lint.</summary>
    /// <param name="text">The config text.</param>
    /// <param name="filePath">An optional file name used in locations.</param>
    public static SquidConfig Parse(string text, string? filePath = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return new SquidConfig(SquidSyntaxParser.Parse(text), text, filePath, ConfigEncoding.Utf8);
    }

    /// <summary>Reads and parses a file. Valid UTF-8 is read as UTF-8, anything else byte for byte (Latin-1), so that
    /// <see cref="Save(string, bool)"/> of an unedited document writes exactly the bytes that were read.</summary>
    /// <param name="path">The file to read.</param>
    /// <exception cref="IOException">The file cannot be read; the message names it.</exception>
    public static SquidConfig Load(string path)
    {
        string text;
        ConfigEncoding encoding;
        try
        {
            (text, encoding) = ConfigFileReader.Read(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            throw new IOException($"Cannot read squid config '{path}': {ex.Message}", ex);
        }

        return new SquidConfig(SquidSyntaxParser.Parse(text), text, path, encoding) { Stamp = FileStamp.Of(path, text, encoding) };
    }

    /// <summary>Writes the document (see <see cref="Save(string, SaveOptions)"/>) with the default options.</summary>
    /// <param name="path">Where to write.</param>
    /// <param name="backup">Keep the previous file first: as <c>PATH.factory</c> the first time (never overwritten
    /// afterwards), as a timestamped <c>PATH.*.bak</c> after that.</param>
    /// <returns>The backup's path, or <see langword="null"/> when none was made.</returns>
    /// <exception cref="ConfigFileChangedException">The file changed since this document was loaded from it.</exception>
    /// <exception cref="IOException">The file cannot be written; the message names it and says why.</exception>
    public string? Save(string path, bool backup) => Save(path, new SaveOptions { Backup = backup });

    /// <summary>Writes the document (see <see cref="Save(string, SaveOptions)"/>) with the default options: no backup.</summary>
    /// <param name="path">Where to write.</param>
    /// <exception cref="ConfigFileChangedException">The file changed since this document was loaded from it.</exception>
    /// <exception cref="IOException">The file cannot be written; the message names it and says why.</exception>
    public void Save(string path) => Save(path, SaveOptions.Default);

    /// <summary>Writes the document atomically and keeps what surrounds the file: a symbolic link is followed (its
    /// final target is replaced, the link stays), the file's owner, group and mode are kept (a temporary file with
    /// the final mode is renamed over it), writers are serialised by an advisory lock on <c>PATH.lock</c>, and a file
    /// that changed since this document was loaded from it is not overwritten unless
    /// <see cref="SaveOptions.OverwriteChanged"/> says so. On any failure the target is left as it was.</summary>
    /// <param name="path">Where to write.</param>
    /// <param name="options">Backup, change check and lock timeout.</param>
    /// <returns>The backup's path, or <see langword="null"/> when none was made.</returns>
    /// <exception cref="ConfigFileChangedException">The file changed since this document was loaded from it.</exception>
    /// <exception cref="IOException">The file cannot be written, or another writer held the lock too long.</exception>
    public string? Save(string path, SaveOptions options) =>
        ConfigFileWriter.Save(this, path ?? throw new ArgumentNullException(nameof(path)), options ?? throw new ArgumentNullException(nameof(options)));

    /// <summary>Reads, edits and writes a file under its lock (<c>PATH.lock</c>, <c>flock</c>), so that edits from
    /// several processes or threads apply one after the other and none is lost. The file is written only when the
    /// edit changed it, as <see cref="Save(string, SaveOptions)"/> does.</summary>
    /// <param name="path">The config file.</param>
    /// <param name="edit">The edit, for example <c>c =&gt; c.AddSensor(sensor)</c>.</param>
    /// <param name="options">Backup, creating a missing file, lock timeout.</param>
    /// <returns>The documents before and after, and what was written.</returns>
    /// <exception cref="IOException">The file cannot be read or written, or another writer held the lock too long.</exception>
    public static ConfigFileEdit Edit(string path, Func<SquidConfig, SquidConfig> edit, SaveOptions? options = null) =>
        ConfigFileWriter.Edit(path ?? throw new ArgumentNullException(nameof(path)), edit ?? throw new ArgumentNullException(nameof(edit)), options ?? SaveOptions.Default);

    /// <summary>The exact text of the document.</summary>
    public override string ToString()
    {
        if (_text is null)
        {
            var builder = new StringBuilder(_nodes.Sum(n => n.Length));
            foreach (var node in _nodes)
            {
                node.WriteTo(builder);
            }

            _text = builder.ToString();
        }

        return _text;
    }

    /// <summary>Every <c>acl</c> line that defines <paramref name="name"/> (case-insensitive), in file order.</summary>
    /// <param name="name">The ACL name.</param>
    public IEnumerable<AclDirective> FindAcl(string name) => Acls.Where(a => a.IsNamed(name));

    /// <summary>The comment lines directly above node <paramref name="index"/> (no blank line between): by our rule
    /// a comment block right above a directive belongs to it, and moves or goes with it.</summary>
    internal (int Start, int Count) LeadingCommentsOf(int index)
    {
        var start = index;
        while (start > 0 && _nodes[start - 1] is CommentLine)
        {
            start--;
        }

        return (start, index - start);
    }

    internal IEnumerable<(DirectiveLine Node, int Index, SourceLocation Location)> LocatedDirectives()
    {
        var line = 1;
        for (var i = 0; i < _nodes.Length; i++)
        {
            if (_nodes[i] is DirectiveLine directive)
            {
                var column = directive.Indentation.Length + 1;
                yield return (directive, i, new SourceLocation(FilePath, line, column));
            }

            line += _nodes[i].PhysicalLineCount;
        }
    }

    internal SourceLocation LocationOf(int nodeIndex, int column)
    {
        var line = 1;
        for (var i = 0; i < nodeIndex; i++)
        {
            line += _nodes[i].PhysicalLineCount;
        }

        return new SourceLocation(FilePath, line, column);
    }

    internal int FindMarkerIndex()
    {
        for (var i = 0; i < _nodes.Length; i++)
        {
            if (_nodes[i] is CommentLine comment && CommentWords(comment).Equals(MarkerText, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The node index just after the marker block (the marker line and the bare <c>#</c> lines that frame
    /// it), or -1 when there is no marker. By our comment rule that block belongs to no directive.</summary>
    internal int AfterMarkerBlock()
    {
        var marker = FindMarkerIndex();
        if (marker < 0)
        {
            return -1;
        }

        var index = marker + 1;
        while (index < _nodes.Length && _nodes[index] is CommentLine frame && CommentWords(frame).Length == 0)
        {
            index++;
        }

        return index;
    }

    /// <summary>A comment's words: the text after its leading <c>#</c> characters and blanks, without trailing blanks,
    /// so that <c># MARKER</c>, <c>## MARKER</c> and <c># # MARKER</c> all read as the marker, and <c>#</c> or <c>##</c>
    /// frame lines as empty.</summary>
    private static string CommentWords(CommentLine comment) => comment.Text.TrimEnd('\r', '\n').TrimStart(' ', '\t', '#').TrimEnd(' ', '\t');

    /// <summary>A new document with the given nodes, the same file and encoding, and the warnings of all edits so far.</summary>
    internal SquidConfig WithNodes(SyntaxNode[] nodes, IReadOnlyList<ConfigDiagnostic> newWarnings) =>
        new(nodes, null, FilePath, Encoding, newWarnings.Count == 0 ? EditWarnings : EditWarnings.Concat(newWarnings).ToList()) { Stamp = Stamp, Target = Target };

    /// <summary>The Squid this document is meant for: edits are refused when they would add an error for it, and
    /// <see cref="Lint()"/> lints for it. <see cref="SquidTarget.Newest"/> unless set with
    /// <see cref="ForTarget(SquidTarget)"/>; every edit keeps it.</summary>
    public SquidTarget Target { get; private init; } = SquidTarget.Newest;

    /// <summary>This document meant for another Squid: the same text, file, encoding and change check, with
    /// <paramref name="target"/> as its <see cref="Target"/>.</summary>
    /// <param name="target">The Squid the config is for.</param>
    /// <returns>A copy with the target, or this document when it already has it.</returns>
    public SquidConfig ForTarget(SquidTarget target)
    {
        if (target is null)
        {
            throw new ArgumentNullException(nameof(target));
        }

        return target.Equals(Target) ? this : new SquidConfig(_nodes, _text, FilePath, Encoding, EditWarnings) { Stamp = Stamp, Target = target };
    }

    /// <summary>What the file held when this document (or the one it was edited from) was loaded: the change check.</summary>
    internal FileStamp? Stamp { get; private init; }
}
