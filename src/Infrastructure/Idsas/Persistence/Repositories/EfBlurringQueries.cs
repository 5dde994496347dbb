using Microsoft.EntityFrameworkCore;
using Nsp.Application.Idsas.Blurrings;

namespace Nsp.Infrastructure.Idsas.Persistence.Repositories;

public sealed class EfBlurringQueries(IdsasDbContext context) : IBlurringQueries
{
    public async Task<IReadOnlyList<string>> ActiveOrganisationsAsync(
        string? patientId, string? patientIdHashed, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (patientId is null && patientIdHashed is null)
        {
            throw new ArgumentException("Look up by patient id, by hash, or both.", nameof(patientId));
        }

        var rows = context.Blurrings.AsNoTracking().Where(b => nowUtc < b.EndDate);
        rows = (patientId, patientIdHashed) switch
        {
            (not null, null) => rows.Where(b => b.PatientId == patientId),
            (null, not null) => rows.Where(b => b.PatientIdHashed == patientIdHashed),
            _ => rows.Where(b => b.PatientId == patientId || b.PatientIdHashed == patientIdHashed),
        };
        return await rows.Select(b => b.Cvr).Distinct().OrderBy(cvr => cvr).ToListAsync(cancellationToken);
    }
}
