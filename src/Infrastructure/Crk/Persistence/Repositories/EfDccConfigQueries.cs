using Microsoft.EntityFrameworkCore;
using Nsp.Application.Crk.Dcc;
using Nsp.Domain.Crk;

namespace Nsp.Infrastructure.Crk.Persistence.Repositories;

/// <summary>Reads the <c>dccconfig</c> view (the migration creates it; it is not part of the EF model, so the
/// columns are named here, in quotes both providers accept).</summary>
public sealed class EfDccConfigQueries(CrkDbContext context) : IDccConfigQueries
{
    private const string Sql = """
        SELECT endpointid AS "EndpointId", configid AS "ConfigId", name AS "Name", url AS "Url", externaltime AS "ExternalTime",
               version AS "Version", actionname AS "ActionName", model AS "Model", timeout AS "Timeout", useproxy AS "UseProxy",
               idcardmaxage AS "IdCardMaxAge"
        FROM dccconfig
        """;

    public async Task<IReadOnlyList<DccConfigRow>> RowsAsync(CancellationToken cancellationToken)
    {
        var rows = await context.Database.SqlQueryRaw<DccConfigRecord>(Sql).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new DccConfigRow(
            r.EndpointId,
            r.ConfigId,
            r.Name,
            r.Url,
            DateTime.SpecifyKind(r.ExternalTime, DateTimeKind.Utc),
            r.Version,
            r.ActionName,
            r.Model,
            r.Timeout,
            r.UseProxy,
            r.IdCardMaxAge))];
    }
}
