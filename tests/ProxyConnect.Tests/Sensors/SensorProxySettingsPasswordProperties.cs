using FsCheck;
using FsCheck.Xunit;
using ProxyConnect.Sensors;

namespace ProxyConnect.Tests.Sensors;

/// <summary>The password never shows: not in ToString, validation problems, EnsureValid's exception or Parse's
/// errors. Random text is wrapped in a marker that appears nowhere else, so a short password cannot match other
/// text by chance; a leak of either end of the password shows the marker.</summary>
public class SensorProxySettingsPasswordProperties
{
    private const string Marker = "Zq7\u00A7Wx";

    /// <summary>Other fields that make the settings invalid, one or several at a time.</summary>
    private static readonly Func<SensorProxySettings, SensorProxySettings>[] Breakages =
    {
        s => s with { Address = "10.0.0.300" },
        s => s with { Address = "" },
        s => s with { Address = "http://10.0.0.1:3128/" },
        s => s with { Port = 0 },
        s => s with { Port = 70000 },
        s => s with { Username = "a:b" },
        s => s with { Username = "a\nb" },
        s => s with { Username = null },
        s => s with { Address = "bad host", Port = -5, Username = "x:y" },
    };

    /// <summary>Texts that Parse must reject; {0} is the user info.</summary>
    private static readonly string[] BadTexts =
    {
        "http://{0}@10.0.0.1:99999",
        "https://{0}@10.0.0.1:3128",
        "socks5://{0}@10.0.0.1:1080",
        "http://{0}@10.0.0.1:3128/path?q",
        "http://{0}@10.0.0.300:3128",
        "http://{0}@:3128",
        "http://{0}@[fd00::1:3128",
        "{0}@10.0.0.1:",
        "http://a%3Ab:{1}@10.0.0.1",
    };

    private static string PasswordOf(string? noise) => Marker + (noise ?? string.Empty) + Marker;

    private static bool Hides(string? text, string password) =>
        text is null || (!text.Contains(Marker) && !text.Contains(password) && !text.Contains(Uri.EscapeDataString(password)));

    [Property(MaxTest = 300)]
    public bool ToString_never_shows_the_password(string? noise, bool enabled, string? user)
    {
        var password = PasswordOf(noise);
        var settings = new SensorProxySettings { Enabled = enabled, Address = "10.0.0.1", Username = user, Password = password };
        return Hides(settings.ToString(), password) && Hides((settings with { Port = 1 }).ToString(), password) && settings.ToString().Contains("****");
    }

    [Property(MaxTest = 300)]
    public bool Validation_and_EnsureValid_never_show_the_password(string? noise, NonNegativeInt which)
    {
        var password = PasswordOf(noise);
        var valid = new SensorProxySettings { Enabled = true, Address = "10.0.0.1", Username = "sensor", Password = password };
        var settings = Breakages[which.Get % Breakages.Length](valid);
        var problems = settings.Validate();
        string? thrown = null;
        try
        {
            settings.EnsureValid();
        }
        catch (SettingsValidationException ex)
        {
            thrown = ex.Message;
        }

        string? uriError = null;
        try
        {
            settings.ToWebProxy();
        }
        catch (SettingsValidationException ex)
        {
            uriError = ex.Message;
        }

        return problems.Count > 0 && thrown is not null && uriError is not null &&
               problems.All(p => Hides(p.Message, password) && Hides(p.ToString(), password)) &&
               Hides(thrown, password) && Hides(uriError, password);
    }

    [Property(MaxTest = 500)]
    public bool Parse_errors_never_show_the_password_encoded_or_not(string? noise, NonNegativeInt which, bool encode)
    {
        var password = PasswordOf(noise);
        var written = encode ? Uri.EscapeDataString(password) : password;
        var text = string.Format(BadTexts[which.Get % BadTexts.Length], "sensor:" + written, written);
        var ok = SensorProxySettings.TryParse(text, out var settings, out var error);
        string? thrown = null;
        try
        {
            SensorProxySettings.Parse(text);
        }
        catch (FormatException ex)
        {
            thrown = ex.Message;
        }

        return !ok && settings is null && Hides(error, password) && Hides(thrown, password);
    }
}
