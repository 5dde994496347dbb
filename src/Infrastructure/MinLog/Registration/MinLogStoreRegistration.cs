using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Nsp.Application.Shared.MinLog;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.Shared.MinLogOutbox;

namespace Nsp.Infrastructure.MinLog.Registration;

public static class MinLogStoreRegistration
{
    /// <summary>MinLog's store (<c>logentry</c> and <c>Minlog.log</c> in <paramref name="logDirectory"/>) and the
    /// in-process <see cref="IMinLogRegistration"/> every service's transfer job sends to. Register MinLog's
    /// database first: <c>AddServiceDatabase&lt;MinLogDbContext&gt;(NspService.MinLog, ...)</c>.</summary>
    public static IServiceCollection AddInProcessMinLogRegistration(this IServiceCollection services, string logDirectory)
    {
        services.TryAddKeyedSingleton(MinLogLineFile.MinLogFileName, (_, _) => new MinLogLineFile(logDirectory, MinLogLineFile.MinLogFileName));
        services.TryAddScoped(sp => new MinLogStore(
            sp.GetRequiredService<MinLogDbContext>(),
            sp.GetRequiredKeyedService<MinLogLineFile>(MinLogLineFile.MinLogFileName),
            sp.GetRequiredService<ILogger<MinLogStore>>()));
        services.TryAddSingleton<IMinLogRegistration, InProcessMinLogRegistration>();
        return services;
    }
}
