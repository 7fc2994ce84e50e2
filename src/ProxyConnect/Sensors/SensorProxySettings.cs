using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using ProxyConnect.Annotations;
using ProxyConnect.Values;

namespace ProxyConnect.Sensors;

/// <summary>
/// A sensor's proxy settings, as the operator enters them: "Enable Proxy", the proxy's address and port
/// (default 3128) and, optionally, a user name and password. Immutable; build variants with <c>with</c>.
/// </summary>
/// <remarks>
/// <para>The password is compared by equality but never shown: <see cref="ToString"/>, validation problems and
/// exception messages print <c>****</c> or leave it out. Only <see cref="ToUri"/> and <see cref="ToWebProxy"/>
/// carry it, because they must.</para>
/// <para>Constructing never throws; call <see cref="Validate"/>, <see cref="IsValid"/> or <see cref="EnsureValid"/>.
/// The parameterless constructor and <c>init</c> properties let the configuration binder fill an instance.</para>
/// </remarks>
public sealed record SensorProxySettings
{
    /// <summary>The port used when none is given: Squid's default, 3128.</summary>
    public const int DefaultPort = PortNumber.SquidDefault;

    private const string Mask = "****";

    /// <summary>Whether the sensor uses the proxy ("Enable Proxy").</summary>
    public bool Enabled { get; init; }

    /// <summary>The proxy's address: an IPv4 address, an IPv6 address (without brackets) or a DNS host name;
    /// no scheme, port or path. May be empty only while <see cref="Enabled"/> is <see langword="false"/>.</summary>
    [HostOrAddress]
    public string? Address { get; init; }

    /// <summary>The proxy's port, 1 to 65535; <see cref="DefaultPort"/> (3128) unless set.</summary>
    [PortNumber]
    public int Port { get; init; } = DefaultPort;

    /// <summary>The user name for the proxy, or <see langword="null"/> (or empty) for none. Given together with
    /// <see cref="Password"/>; must not contain <c>:</c> or control characters.</summary>
    public string? Username { get; init; }

    /// <summary>The password for the proxy, or <see langword="null"/> (or empty) for none. Given together with
    /// <see cref="Username"/>. Never printed.</summary>
    public string? Password { get; init; }

    /// <summary>Whether a user name and a password are both set (non-empty).</summary>
    public bool HasCredentials => !string.IsNullOrEmpty(Username) && !string.IsNullOrEmpty(Password);

    /// <summary>Whether <see cref="Validate"/> finds no problem.</summary>
    public bool IsValid => Validate().Count == 0;

    /// <summary>Parses what an operator pastes: <c>10.0.0.1</c>, <c>10.0.0.1:3128</c>, <c>http://10.0.0.1:3128</c>,
    /// <c>http://user:p%40ss@proxy.example:8080/</c>, <c>[fd00::1]:3128</c> or a bare IPv6 address such as
    /// <c>fd00::1</c>. The result is enabled; the port is 3128 when none is given.</summary>
    /// <param name="text">The text to parse; white space around it is ignored.</param>
    /// <returns>Valid, enabled settings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a usable HTTP proxy address; the message says why
    /// (with any password replaced by <c>****</c>).</exception>
    public static SensorProxySettings Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (!TryParse(text, out var settings, out var error))
        {
            throw new FormatException(error);
        }

        return settings;
    }

    /// <summary>Parses like <see cref="Parse(string)"/>, without throwing.</summary>
    /// <param name="text">The text to parse; white space around it is ignored.</param>
    /// <param name="settings">Valid, enabled settings, or <see langword="null"/> when parsing failed.</param>
    /// <param name="error">Why the text was rejected (any password replaced by <c>****</c>), or
    /// <see langword="null"/> on success.</param>
    /// <returns><see langword="true"/> when the text is a usable HTTP proxy address.</returns>
    public static bool TryParse(
        string? text,
        [NotNullWhen(true)] out SensorProxySettings? settings,
        [NotNullWhen(false)] out string? error)
    {
        settings = null;
        error = ProxyText.TryParse(text, out var parsed);
        if (error is not null)
        {
            return false;
        }

        var candidate = new SensorProxySettings
        {
            Enabled = true,
            Address = parsed.Host,
            Port = parsed.Port,
            Username = parsed.Username,
            Password = parsed.Password,
        };

        var problems = candidate.Validate();
        if (problems.Count > 0)
        {
            error = ProxyText.Redact(text!.Trim()) + " is not a usable proxy: " + string.Join("; ", problems.Select(p => p.ToString()));
            return false;
        }

        settings = candidate;
        return true;
    }

    /// <summary>"Will this sensor get through this proxy?": checks that Squid listens on <see cref="Port"/> (on
    /// <see cref="Address"/> or on all addresses), that <c>http_access</c> allows a CONNECT from
    /// <paramref name="sensorAddress"/> to port 443 (naming the deciding line), and that credentials and the proxy's
    /// authentication fit together.</summary>
    /// <param name="config">The proxy's squid.conf.</param>
    /// <param name="sensorAddress">The address the sensor connects from.</param>
    /// <returns>Every finding; <see cref="ProxyCheckResult.WillGetThrough"/> when none is a problem.</returns>
    public ProxyCheckResult CheckAgainst(ProxyConnect.Squid.SquidConfig config, string sensorAddress) =>
        SensorProxyCheck.Check(this, config ?? throw new ArgumentNullException(nameof(config)), sensorAddress ?? throw new ArgumentNullException(nameof(sensorAddress)), null);

    /// <summary>Like <see cref="CheckAgainst(ProxyConnect.Squid.SquidConfig, string)"/>, for the Squid version the
    /// proxy runs (its predefined ACLs, such as <c>to_linklocal</c> from 6, decide the access).</summary>
    /// <param name="config">The proxy's squid.conf.</param>
    /// <param name="sensorAddress">The address the sensor connects from.</param>
    /// <param name="target">The proxy's Squid.</param>
    /// <returns>Every finding; the access finding names what it assumed (the cloud host is a public internet host).</returns>
    public ProxyCheckResult CheckAgainst(ProxyConnect.Squid.SquidConfig config, string sensorAddress, ProxyConnect.Squid.Knowledge.SquidTarget target) =>
        SensorProxyCheck.Check(
            this,
            config ?? throw new ArgumentNullException(nameof(config)),
            sensorAddress ?? throw new ArgumentNullException(nameof(sensorAddress)),
            target ?? throw new ArgumentNullException(nameof(target)));

    /// <summary>Checks every property and returns every problem at once (an empty list when the settings are
    /// valid). Disabled settings without an address are valid; a given address, the port and the credentials are
    /// checked whether the proxy is enabled or not.</summary>
    /// <returns>The problems, in property order; messages never contain the password.</returns>
    public IReadOnlyList<SettingsProblem> Validate()
    {
        var problems = new List<SettingsProblem>();
        if (string.IsNullOrEmpty(Address))
        {
            if (Enabled)
            {
                problems.Add(new SettingsProblem(nameof(Address), "the proxy address is empty; it is required when the proxy is enabled."));
            }
        }
        else if (!HostOrAddress.TryValidate(Address, out var addressError))
        {
            problems.Add(new SettingsProblem(nameof(Address), addressError!));
        }

        if (!PortNumber.TryValidate(Port, out var portError))
        {
            problems.Add(new SettingsProblem(nameof(Port), portError!));
        }

        var hasUser = !string.IsNullOrEmpty(Username);
        var hasPassword = !string.IsNullOrEmpty(Password);
        if (hasUser)
        {
            var user = Username!;
            for (var i = 0; i < user.Length; i++)
            {
                var c = user[i];
                if (c == ':' || char.IsControl(c))
                {
                    problems.Add(new SettingsProblem(
                        nameof(Username),
                        ValueText.Quote(user) + " is not a valid user name: character " + (i + 1) + " (" + ValueText.Describe(c) +
                        ") is not allowed; a proxy user name must not contain ':' or control characters."));
                    break;
                }
            }

            if (!hasPassword)
            {
                problems.Add(new SettingsProblem(nameof(Password), "a user name is set but no password; give both or neither."));
            }
        }
        else if (hasPassword)
        {
            problems.Add(new SettingsProblem(nameof(Username), "a password is set but no user name; give both or neither."));
        }

        return problems.AsReadOnly();
    }

    /// <summary>Throws when <see cref="Validate"/> finds any problem.</summary>
    /// <exception cref="SettingsValidationException">The settings are not valid; the message lists every problem
    /// and never contains the password.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new SettingsValidationException(problems);
        }
    }

    /// <summary>The proxy as a URI, <c>http://host:port/</c>, with the user name and password percent-encoded in
    /// the user info when credentials are set (<c>http://user:p%40ss@proxy.example:8080/</c>); an IPv6 address in
    /// brackets. <see cref="Enabled"/> is not consulted.</summary>
    /// <returns>The URI. It contains the password: do not log it.</returns>
    /// <exception cref="SettingsValidationException">The settings are not valid, or have no address.</exception>
    public Uri ToUri() => BuildUri(true);

    /// <summary>The proxy as a <see cref="WebProxy"/> for <c>HttpClientHandler.Proxy</c> or
    /// <c>SocketsHttpHandler.Proxy</c>: its address is <c>http://host:port/</c> (no user info), with a
    /// <see cref="NetworkCredential"/> when credentials are set. <see cref="Enabled"/> is not consulted.</summary>
    /// <returns>A new proxy that also proxies local addresses.</returns>
    /// <exception cref="SettingsValidationException">The settings are not valid, or have no address.</exception>
    public WebProxy ToWebProxy()
    {
        var proxy = new WebProxy(BuildUri(false))
        {
            BypassProxyOnLocal = false,
            UseDefaultCredentials = false,
        };

        if (HasCredentials)
        {
            proxy.Credentials = new NetworkCredential(Username, Password);
        }

        return proxy;
    }

    /// <summary>Writes the members for <see cref="ToString"/>, with the password as <c>****</c> when it is set.</summary>
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Enabled = ").Append(Enabled ? "True" : "False");
        builder.Append(", Address = ").Append(Address);
        builder.Append(", Port = ").Append(Port.ToString(CultureInfo.InvariantCulture));
        builder.Append(", Username = ").Append(Username);
        builder.Append(", Password = ").Append(string.IsNullOrEmpty(Password) ? string.Empty : Mask);
        return true;
    }

    private Uri BuildUri(bool withCredentials)
    {
        EnsureValid();
        if (string.IsNullOrEmpty(Address))
        {
            throw new SettingsValidationException(new[]
            {
                new SettingsProblem(nameof(Address), "the proxy address is empty; a URI needs one."),
            });
        }

        var sb = new StringBuilder("http://");
        if (withCredentials && HasCredentials)
        {
            sb.Append(Uri.EscapeDataString(Username!)).Append(':').Append(Uri.EscapeDataString(Password!)).Append('@');
        }

        var host = Address!;
        if (host.IndexOf(':') >= 0)
        {
            sb.Append('[').Append(host).Append(']');
        }
        else
        {
            sb.Append(host);
        }

        sb.Append(':').Append(Port.ToString(CultureInfo.InvariantCulture)).Append('/');
        return new Uri(sb.ToString(), UriKind.Absolute);
    }
}
