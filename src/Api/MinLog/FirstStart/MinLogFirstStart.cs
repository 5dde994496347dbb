using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Application.MinLog.Registration;
using Nsp.Domain.MinLog.Whitelisting;
using Nsp.Infrastructure.MinLog.Persistence;

namespace Nsp.Api.MinLog.FirstStart;

/// <summary>What an operator would enter before MinLog's first call on the embedded default
/// (<c>nsp.sts.federation=local</c>): <c>whitelist_config</c> rows for <see cref="LocalSampleSystem"/>'s CVR, once
/// per data directory (a marker file), so <c>sample-request AddRegistrations</c> is accepted and the services' MinLog
/// transfer, signed with the same system, too.</summary>
public static class MinLogFirstStart
{
    public const string MarkerFileName = "minlog-first-start.done";

    /// <summary>The service keys the sample system is whitelisted under.</summary>
    public static IReadOnlyList<string> ServiceKeys { get; } = [MinLogRegistrationKeys.WhitelistServiceKey];

    public static async Task SeedAsync(IServiceProvider services, string dataDirectory, CancellationToken cancellationToken)
    {
        string marker = Path.Combine(dataDirectory, MarkerFileName);
        if (File.Exists(marker))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<MinLogDbContext>();
        foreach (string key in ServiceKeys)
        {
            if (!await context.WhitelistConfig.AnyAsync(w => w.ServiceKey == key && w.Cvr == LocalSampleSystem.Cvr, cancellationToken))
            {
                context.WhitelistConfig.Add(WhitelistConfigEntry.Create(key, WhitelistConfigEntry.NoType, LocalSampleSystem.Cvr, "embedded default: the local sample system"));
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) + "\n", cancellationToken);
    }
}
