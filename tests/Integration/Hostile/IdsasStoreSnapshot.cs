using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Infrastructure.Idsas.Persistence;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>Every row of IDSAS's tables (blurring, org_blurring, salt, whitelist, dead_letter), read without tracking,
/// to compare a store before and after a run.</summary>
public sealed class IdsasStoreSnapshot
{
    private IdsasStoreSnapshot()
    {
    }

    public IReadOnlyDictionary<long, (string PatientId, string? Hashed, string Cvr, DateTime EndDate, DateTime Created, DateTime Updated)> Blurrings { get; private init; } = null!;

    public IReadOnlyDictionary<long, (string OrgId, string Classification, DateTime Created, DateTime? RemovedAt)> OrgBlurrings { get; private init; } = null!;

    /// <summary>salt, whitelist and dead_letter, one line a row: no SOAP call may change them.</summary>
    public IReadOnlyList<string> Untouchable { get; private init; } = null!;

    public static async Task<IdsasStoreSnapshot> TakeAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<IdsasDbContext>();
        var blurrings = await context.Blurrings.AsNoTracking().ToListAsync();
        var orgBlurrings = await context.OrgBlurrings.AsNoTracking().ToListAsync();
        var salts = await context.Salts.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        var whitelist = await context.Whitelist.AsNoTracking().ToListAsync();
        var deadLetters = await context.DeadLetters.AsNoTracking().OrderBy(d => d.Id).ToListAsync();
        return new IdsasStoreSnapshot
        {
            Blurrings = blurrings.ToDictionary(b => b.Id, b => (b.PatientId, b.PatientIdHashed, b.Cvr, b.EndDate, b.Created, b.Updated)),
            OrgBlurrings = orgBlurrings.ToDictionary(o => o.Id, o => (o.OrgId, o.ClassificationText, o.Created, o.RemovedAt)),
            Untouchable =
            [
                .. salts.Select(s => string.Create(CultureInfo.InvariantCulture, $"salt {s.Id} {s.Base64Value} {s.Created:O}")),
                .. whitelist.OrderBy(w => w.ActorId, StringComparer.Ordinal).ThenBy(w => w.Type, StringComparer.Ordinal)
                    .Select(w => $"whitelist {w.ActorId} {w.Type} {w.Note}"),
                .. deadLetters.Select(d => string.Create(CultureInfo.InvariantCulture, $"dead_letter {d.Id} {d.Topic} {d.Position} {d.MessageKey} {d.Payload}")),
            ],
        };
    }
}
