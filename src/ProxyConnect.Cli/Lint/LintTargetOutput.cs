using System.Text.Json;
using System.Text.Json.Nodes;
using ProxyConnect.Cli.Commands;

namespace ProxyConnect.Cli.Lint;

/// <summary>Names the Squid a lint run answered for in its text and JSON output (the library's formatters do not
/// know how the target was chosen).</summary>
internal static class LintTargetOutput
{
    /// <summary><c>no findings for Squid 5.7</c>, <c>1 error, 0 warnings for Squid 7.7 (the newest; see
    /// --squid-version)</c>: the last line of the text format, with the target.</summary>
    public static string AddToSummary(string text, ChosenTarget target)
    {
        var body = text.TrimEnd('\n');
        return string.Concat(body, " for ", target.Describe(), "\n");
    }

    /// <summary>The JSON object with <c>"target": {"version", "openSsl", "source"}</c> added after <c>version</c>.</summary>
    public static string AddToJson(string json, ChosenTarget target)
    {
        var original = JsonNode.Parse(json)!.AsObject();
        var result = new JsonObject();
        foreach (var (name, value) in original)
        {
            result[name] = value?.DeepClone();
            if (name == "version")
            {
                result["target"] = new JsonObject
                {
                    ["version"] = target.Version,
                    ["openSsl"] = target.Target.OpenSsl,
                    ["source"] = target.Source,
                };
            }
        }

        return result.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
