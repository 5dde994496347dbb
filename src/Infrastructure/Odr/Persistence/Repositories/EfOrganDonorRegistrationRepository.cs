using Microsoft.EntityFrameworkCore;
using Nsp.Application.Odr.Registrations;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Infrastructure.Odr.Persistence.Repositories;

public sealed class EfOrganDonorRegistrationRepository(OdrDbContext context) : IOrganDonorRegistrationRepository
{
    public Task<OrganDonorRegistration?> FindActiveAsync(Cpr cpr, CancellationToken cancellationToken)
    {
        var text = Text(cpr);
        return context.Registrations.AsNoTracking().SingleOrDefaultAsync(r => r.Cpr == text && r.ValidTo == null, cancellationToken);
    }

    public async Task<IReadOnlyList<OrganDonorRegistration>> HistoryAsync(Cpr cpr, CancellationToken cancellationToken)
    {
        var text = Text(cpr);
        return await context.Registrations.AsNoTracking()
            .Where(r => r.Cpr == text)
            .OrderBy(r => r.ValidFrom).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<bool> AddIfNoneActiveAsync(OrganDonorRegistration registration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registration);
        // The partial unique index on active rows decides in one statement both providers run: a concurrent insert
        // for the CPR waits for the other's commit and then inserts nothing, without the unique violation that
        // would abort a PostgreSQL transaction (ADR 0026's pattern).
        var r = registration;
        var inserted = await context.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO organdonorregistration (cpr, permissiontype, permissionforheart, permissionforlungs, permissionforliver,
                permissionforpancreas, permissionforkidneys, permissionforcornea, permissionforsmallintestine, permissionforskin,
                requiresrelativeacceptance, validfrom, validto)
            VALUES ({r.Cpr}, {r.PermissionTypeText}, {r.PermissionForHeart}, {r.PermissionForLungs}, {r.PermissionForLiver},
                {r.PermissionForPancreas}, {r.PermissionForKidneys}, {r.PermissionForCornea}, {r.PermissionForSmallIntestine},
                {r.PermissionForSkin}, {r.RequiresRelativeAcceptance}, {r.ValidFrom}, NULL)
            ON CONFLICT (cpr) WHERE validto IS NULL DO NOTHING
            """,
            cancellationToken);
        return inserted == 1;
    }

    public async Task<bool> CloseActiveAsync(Cpr cpr, DateTime atUtc, CancellationToken cancellationToken)
    {
        if (atUtc.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Instants are UTC.", nameof(atUtc));
        }

        var text = Text(cpr);
        DateTime? closedAt = atUtc;
        var closed = await context.Registrations
            .Where(r => r.Cpr == text && r.ValidTo == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ValidTo, closedAt), cancellationToken);
        return closed > 0;
    }

    public async Task<DeletedCprData> DeleteAllDataAsync(Cpr cpr, CancellationToken cancellationToken)
    {
        var text = Text(cpr);
        var registrations = await context.Registrations.Where(r => r.Cpr == text).ExecuteDeleteAsync(cancellationToken);
        var notifications = await context.NotificationPersons.Where(p => p.Cpr == text).ExecuteDeleteAsync(cancellationToken);
        return new DeletedCprData(registrations, notifications);
    }

    private static string Text(Cpr cpr)
    {
        ArgumentNullException.ThrowIfNull(cpr);
        return cpr.ToString();
    }
}
