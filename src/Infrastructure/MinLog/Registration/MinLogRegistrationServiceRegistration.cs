using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Nsp.Application.MinLog;
using Nsp.Application.MinLog.Registration;
using Nsp.Application.MinLog.Whitelisting;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Pipeline;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.MinLog.Whitelisting;

namespace Nsp.Infrastructure.MinLog.Registration;

public static class MinLogRegistrationServiceRegistration
{
    /// <summary>MinLog's registration service (AddRegistrations): MinLog's handlers and validators, the store
    /// (<c>logentry</c> and <c>Minlog.log</c> in <paramref name="logDirectory"/>) behind <see cref="IMinLogEntryStore"/>,
    /// and the <c>whitelist_config</c> authority the pipeline asks for MinLog's requests. Register MinLog's
    /// database first.</summary>
    public static IServiceCollection AddMinLogRegistrationService(this IServiceCollection services, string logDirectory)
    {
        if (!services.Any(d => d.ServiceType == typeof(MinLogDbContext)))
        {
            throw new InvalidOperationException("Register MinLog's database (AddServiceDatabase<MinLogDbContext>) before its registration service.");
        }

        services.AddInProcessMinLogRegistration(logDirectory);
        services.AddServiceRequestHandlers(NspService.MinLog, typeof(IMinLogRequest).Assembly, typeof(MinLogRegistrationServiceRegistration).Assembly);
        services.TryAddScoped<IMinLogEntryStore>(sp => sp.GetRequiredService<MinLogStore>());
        services.TryAddScoped<IWhitelistConfigQueries, EfWhitelistConfigQueries>();
        services.TryAddKeyedScoped<IWhitelistAuthority, MinLogWhitelistAuthority>(NspService.MinLog);
        return services;
    }
}
