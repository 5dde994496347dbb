using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.Odr.Operations;
using Nsp.Application.Odr.Operations.DeceasedCleanup;
using Nsp.Application.Odr.Operations.EmigratedCleanup;
using Nsp.Application.Odr.Operations.Notification;
using Nsp.Application.Shared.Jobs;
using Nsp.Infrastructure.Odr.Configuration;
using Nsp.Infrastructure.Odr.Persistence.Queries;

namespace Nsp.Infrastructure.Odr;

/// <summary>The odr-operations part: the deceased and emigrated cleanups and the notification job (ADR 0034).</summary>
public static class OdrOperationsServiceCollectionExtensions
{
    /// <summary>Call after <c>AddNspApplication</c> and ODR's database. Registers ODR's core (<c>AddOdr</c>), its
    /// national services (<c>AddOdrNationalServices</c>), the jobs and their settings from <c>operations.properties</c>.</summary>
    public static IServiceCollection AddOdrOperations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var cleanup = OdrOperationsSettingsReader.Cleanup(configuration);
        var notification = OdrOperationsSettingsReader.Notification(configuration);
        services.AddOdr(configuration);
        services.AddOdrNationalServices(configuration);
        services.TryAddSingleton(cleanup);
        services.TryAddSingleton(notification);
        services.TryAddSingleton<OdrJobAuditWriter>();
        services.TryAddScoped<JobRunner>();
        services.TryAddScoped<IOdrCleanupQueries, EfOdrCleanupQueries>();
        services.TryAddScoped<IOdrNotificationQueries, EfOdrNotificationQueries>();
        services.TryAddScoped<DeceasedCleanupJob>();
        services.TryAddScoped<EmigratedCleanupJob>();
        services.TryAddScoped<NotificationJob>();
        return services;
    }
}
