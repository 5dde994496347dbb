using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Domain.MinLog.Whitelisting;
using Nsp.Infrastructure.MinLog.Persistence;

namespace Nsp.Api.MinLog.FirstStart;

/// <summary>What an operator would enter before MinLog's first lookup on the embedded default
/// (<c>nsp.sts.federation=local</c>): a <c>whitelist_config</c> row for <see cref="LocalSampleSystem"/>'s CVR under
/// the lookup's service key <c>minlogws</c>. Once per data directory (a marker file), so a row an operator removed
/// stays removed.</summary>
public static class MinLogLookupFirstStart
{
    public const string MarkerFileName = "minlog-lookup-first-start.done";
    public const string Comment = "embedded default: the local sample system";

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
        if (!await rows.AnyAsync(w => w.ServiceKey == WhitelistConfigEntry.LookupServiceKey && w.Cvr == LocalSampleSystem.Cvr, cancellationToken))
        {
            rows.Add(WhitelistConfigEntry.Create(WhitelistConfigEntry.LookupServiceKey, WhitelistConfigEntry.NoType, LocalSampleSystem.Cvr, Comment));
            await context.SaveChangesAsync(cancellationToken);
        }

        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) + "\n", cancellationToken);
    }
}
