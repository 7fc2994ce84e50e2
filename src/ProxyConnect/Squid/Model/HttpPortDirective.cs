using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ProxyConnect.Squid.Syntax;

namespace ProxyConnect.Squid.Model;

/// <summary><c>http_port [host:]port [mode] [options]</c>: where Squid listens.</summary>
public sealed record HttpPortDirective : Directive
{
    /// <summary>The directive name, <c>http_port</c>.</summary>
    public const string Keyword = "http_port";

    private static readonly string[] ModeWords = { "accel", "transparent", "intercept", "tproxy", "ssl-bump", "sslBump" };

    internal HttpPortDirective(DirectiveLine syntax, SourceLocation? location)
        : base(syntax, location)
    {
    }

    /// <summary>Creates a new <c>http_port</c> line, not yet in a document.</summary>
    /// <param name="port">The port, 1 to 65535.</param>
    /// <param name="host">An optional address to listen on (IPv6 without brackets).</param>
    public HttpPortDirective(int port, string? host = null)
        : base(DirectiveLine.Create(Keyword, new[] { FormatSpec(host, port) }, LineFormat.Default), null)
    {
    }

    /// <summary>The first argument as written: <c>3128</c>, <c>host:3128</c> or <c>[::1]:3128</c>.</summary>
    public string Specification => Arg(0) ?? string.Empty;

    /// <summary>The listening address (brackets removed), or <see langword="null"/> for all addresses.</summary>
    public string? Host => SplitSpecification().Host;

    /// <summary>The port, or <see langword="null"/> when it is not a whole number (Squid would refuse it).</summary>
    public int? Port => int.TryParse(SplitSpecification().Port, NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;

    /// <summary>The port text as written.</summary>
    public string PortText => SplitSpecification().Port;

    /// <summary>The mode that decides which clients the port serves: <c>accel</c>, <c>intercept</c>, <c>tproxy</c> or
    /// <c>transparent</c> when one is given (<c>ssl-bump intercept</c> is an intercepting port that also bumps),
    /// else <c>ssl-bump</c> (a forward proxy that bumps); <see langword="null"/> for a plain forward proxy. All mode
    /// words are in <see cref="Modes"/>.</summary>
    public string? Mode
    {
        get
        {
            var modes = Modes;
            return modes.FirstOrDefault(m => !IsBumpWord(m)) ?? modes.FirstOrDefault();
        }
    }

    /// <summary>Every mode word given, in order (Squid accepts more than one, such as <c>ssl-bump intercept</c>).</summary>
    public IReadOnlyList<string> Modes => ArgsFrom(1).Where(a => ModeWords.Contains(a)).ToList();

    /// <summary>Everything after the port specification (mode included), as written.</summary>
    public IReadOnlyList<string> Options => ArgsFrom(1);

    private static bool IsBumpWord(string mode) => mode is "ssl-bump" or "sslBump";

    internal static string FormatSpec(string? host, int port)
    {
        var p = port.ToString(CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(host))
        {
            return p;
        }

        return host!.IndexOf(':') >= 0 ? $"[{host}]:{p}" : $"{host}:{p}";
    }

    private (string? Host, string Port) SplitSpecification()
    {
        var spec = Specification;
        if (spec.StartsWith("[", System.StringComparison.Ordinal))
        {
            var close = spec.IndexOf(']');
            if (close < 0)
            {
                return (spec.Substring(1), string.Empty);
            }

            var rest = spec.Substring(close + 1);
            return (spec.Substring(1, close - 1), rest.StartsWith(":", System.StringComparison.Ordinal) ? rest.Substring(1) : rest);
        }

        // Squid splits at the first ':'.
        var colon = spec.IndexOf(':');
        return colon < 0 ? (null, spec) : (spec.Substring(0, colon), spec.Substring(colon + 1));
    }
}
