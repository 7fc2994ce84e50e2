using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ProxyConnect.Extensions.Configuration;
using ProxyConnect.Sensors;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="SensorProxySettings"/> with the options pattern.</summary>
public static class SensorProxySettingsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="SensorProxySettings"/> from <paramref name="configuration"/> (keys <c>Enabled</c>,
    /// <c>Address</c>, <c>Port</c>, <c>Username</c>, <c>Password</c>) and validates them with the same rules and
    /// messages as <see cref="SensorProxySettings.Validate"/>, at start-up (<c>ValidateOnStart</c>) and whenever the
    /// options are created.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind, such as <c>configuration.GetSection("Proxy")</c>.</param>
    /// <returns>The options builder, to chain more configuration or validation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static OptionsBuilder<SensorProxySettings> AddSensorProxySettings(this IServiceCollection services, IConfiguration configuration)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configuration is null)
        {
            throw new ArgumentNullException(nameof(configuration));
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SensorProxySettings>, SensorProxySettingsValidator>());
        return services.AddOptions<SensorProxySettings>()
            .Bind(configuration)
            .ValidateOnStart();
    }
}
