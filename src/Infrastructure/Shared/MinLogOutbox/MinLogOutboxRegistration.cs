using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.MinLog.Transfer;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.MinLogOutbox;

public static class MinLogOutboxRegistration
{
    /// <summary>The service's <see cref="IMinLogOutbox"/> (keyed scoped by <paramref name="service"/>) on its scoped
    /// <typeparamref name="TContext"/>, so the MinLog behaviour's rows join the request's transaction.</summary>
    public static IServiceCollection AddServiceMinLogOutbox<TContext>(this IServiceCollection services, NspService service)
        where TContext : ServiceDbContext
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddKeyedScoped<IMinLogOutbox>(
            service,
            (sp, _) => new EfMinLogOutbox<TContext>(sp.GetRequiredService<TContext>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }

    /// <summary>The service's <c>minlog-transfer</c> job, triggered by <c>TransferMinLogCommand(service)</c>, and its
    /// outbox monitor for <c>GetMinLogTransferAlarmQuery(service)</c>. Needs the service's unit of work
    /// (<c>AddServiceUnitOfWork</c>), an <see cref="IMinLogRegistration"/> and <c>AddNspApplication</c>.</summary>
    public static IServiceCollection AddServiceMinLogTransfer<TContext>(
        this IServiceCollection services, NspService service, MinLogTransferSettings settings, string logDirectory)
        where TContext : ServiceDbContext
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.TryAddScoped<JobRunner>();
        services.TryAddKeyedSingleton(MinLogLineFile.TransferFileName, (_, _) => new MinLogLineFile(logDirectory, MinLogLineFile.TransferFileName));
        services.AddKeyedSingleton(service, settings);
        services.AddKeyedScoped<IMinLogTransferJob>(
            service,
            (sp, _) => new MinLogTransferJob<TContext>(
                sp.GetRequiredService<TContext>(),
                sp.GetRequiredService<IMinLogRegistration>(),
                sp.GetRequiredKeyedService<MinLogLineFile>(MinLogLineFile.TransferFileName),
                settings,
                sp.GetRequiredService<ILogger<MinLogTransferJob<TContext>>>()));
        services.AddKeyedScoped<IMinLogOutboxMonitor>(service, (sp, _) => new MinLogOutboxMonitor<TContext>(sp.GetRequiredService<TContext>()));
        return services;
    }
}
