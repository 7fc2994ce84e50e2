using NJsonSchema;
using ProxyConnect.Tests.Shared;

namespace ProxyConnect.Cli.Tests.Support;

/// <summary>JSON Schemas the tests validate against: the SARIF 2.1.0 schema (a copy under Schemas/) and ours
/// (docs/schemas).</summary>
internal static class Schemas
{
    public static JsonSchema Sarif => Load(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-schema-2.1.0.json"));

    public static JsonSchema Docs(string name) => Load(Path.Combine(RepoPaths.Root, "docs", "schemas", name));

    /// <summary>The validation errors of <paramref name="json"/>, one line each (empty when valid).</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json) =>
        schema.Validate(json).Select(e => e.ToString()).ToList();

    private static JsonSchema Load(string path) => JsonSchema.FromFileAsync(path).GetAwaiter().GetResult();
}
