using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.Shared.Audit;

namespace Nsp.Infrastructure.Shared.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit writer and the rolling audit file in <paramref name="logDirectory"/>.</summary>
    public static IServiceCollection AddNspAuditLog(this IServiceCollection services, string logDirectory)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAuditLogWriter, AuditLogWriter>();
        services.AddSingleton<IAuditSink>(_ => new FileAuditSink(logDirectory));
        return services;
    }
}
