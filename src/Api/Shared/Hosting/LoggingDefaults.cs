using Microsoft.Extensions.Configuration.Memory;

namespace Nsp.Api.Shared.Hosting;

/// <summary>
/// The log levels a process runs with when nobody set them: Information for our own categories, Warning for
/// ASP.NET Core's per-request lines and EF Core's per-command SQL (four entries and twenty console lines per call at
/// Information, which cost the request path more than the database did; docs/benchmarks.md, issue 13). The lowest
/// configuration source, so appsettings, <c>Logging__LogLevel__*</c> environment variables and property files win.
/// </summary>
public static class LoggingDefaults
{
    public static IConfigurationBuilder AddLoggingDefaults(this IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            },
        });
        return configuration;
    }
}
