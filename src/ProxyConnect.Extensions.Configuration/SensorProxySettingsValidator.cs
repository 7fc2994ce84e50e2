using System;
using System.Linq;
using Microsoft.Extensions.Options;
using ProxyConnect.Sensors;

namespace ProxyConnect.Extensions.Configuration;

/// <summary>Validates bound <see cref="SensorProxySettings"/> with <see cref="SensorProxySettings.Validate"/>: one
/// failure per problem, each <c>PropertyName: Message</c> (never the password). Applies to every options name.</summary>
internal sealed class SensorProxySettingsValidator : IValidateOptions<SensorProxySettings>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, SensorProxySettings options)
    {
        if (options is null)
        {
            throw new ArgumentNullException(nameof(options));
        }

        var problems = options.Validate();
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(p => p.ToString()));
    }
}
