using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Domain.MinLog.Whitelisting;
using Nsp.Infrastructure.MinLog.Persistence;

namespace Nsp.Api.MinLog.FirstStart;

/// <summary>What an operator would enter before MinLog's first registration on the embedded default
/// (<c>nsp.sts.federation=local</c>): a <c>whitelist_config</c> row for <see cref="LocalSampleSystem"/>'s CVR under
/// <c>dk.nsi.minlog.registration</c>, so <c>sample-request AddRegistrations</c> and the services' own MinLog transfer
/// (signed as the sample system when MinLog runs elsewhere) are accepted. The lookup's <c>minlogws</c> row is its own
/// first start's. Once per data directory (a marker file), so a row an operator removed stays removed.</summary>
public static class MinLogFirstStart
{
    public const string MarkerFileName = "minlog-first-start.done";
    public const string Comment = "embedded default: the local sample system";

    public static IReadOnlyList<string> ServiceKeys { get; } = [WhitelistConfigEntry.RegistrationServiceKey];

    public static async Task SeedAsync(IServiceProvider services, string dataDirectory, CancellationToken cancellationToken)
    {
        string marker = Path.Combine(dataDirectory, MarkerFileName);
        if (File.Exists(marker))
        {
            return;
        }

        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<MinLogDbContext>();
        var rows = context.Set<WhitelistConfigEntry>();
        foreach (string key in ServiceKeys)
        {
            if (!await rows.AnyAsync(w => w.ServiceKey == key && w.Cvr == LocalSampleSystem.Cvr, cancellationToken))
            {
                rows.Add(WhitelistConfigEntry.Create(key, WhitelistConfigEntry.NoType, LocalSampleSystem.Cvr, Comment));
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) + "\n", cancellationToken);
    }
}
