using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Infrastructure.Odr.Persistence;

namespace Nsp.Benchmarks.Hosting;

/// <summary>
/// Fills <c>organdonorregistration</c> on the embedded default's SQLite file with 100 000 rows in one set-based
/// <c>INSERT ... SELECT</c> over a recursive counter (no row passes through .NET): citizens
/// <see cref="Registered"/>(0 .. <see cref="ActiveCitizens"/>) have an active registration, every other one of them
/// also an earlier, closed one; citizens <see cref="Registered"/>(<see cref="ActiveCitizens"/> ..
/// <see cref="RegisteredCitizens"/>) withdrew theirs (only a closed row). The permission types cycle FULL, LIMITED
/// (with organs), FULL_WITH_RESEARCH, NONE. <see cref="Unregistered"/> citizens have no row at all.
/// </summary>
public static class OdrSeeder
{
    public const int ActiveCitizens = 50_000;
    public const int WithdrawnCitizens = 25_000;
    public const int RegisteredCitizens = ActiveCitizens + WithdrawnCitizens;
    public const int Rows = ActiveCitizens + (ActiveCitizens / 2) + WithdrawnCitizens;

    /// <summary>Citizens without any row that PersonInformation knows.</summary>
    public const int UnregisteredCitizens = 25_000;

    /// <summary>A citizen with a row (active for index below <see cref="ActiveCitizens"/>).</summary>
    public static string Registered(int index) => SampleCitizens.Blurred(index);

    /// <summary>A citizen PersonInformation knows, without any registration.</summary>
    public static string Unregistered(int index) => SampleCitizens.Unblurred(index);

    /// <summary>Every citizen above, for ODR's PersonInformation file.</summary>
    public static IReadOnlyList<string> KnownCitizens() =>
        [.. Enumerable.Range(0, RegisteredCitizens).Select(Registered), .. Enumerable.Range(0, UnregisteredCitizens).Select(Unregistered)];

    /// <summary>Inserts the rows; returns how many.</summary>
    public static async Task<int> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<OdrDbContext>();
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        // The CPR as SampleCitizens builds it: DDMMYY of 1960-01-01 plus index / 10 000 days, then the serial.
        // Times in EF Core's SQLite text form for a DateTime ('yyyy-MM-dd HH:mm:ss'); validfrom up to ten years back.
        command.CommandText = """
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < $registered),
            d AS (SELECT i, date('1960-01-01', '+' || (i / 10000) || ' days') AS day FROM n),
            c AS (SELECT i, strftime('%d%m', day) || substr(strftime('%Y', day), 3, 2) || printf('%04d', i % 10000) AS cpr,
                         i % 4 AS kind FROM d),
            r AS (
                SELECT i, cpr, kind, 0 AS history FROM c WHERE i < $active
                UNION ALL SELECT i, cpr, kind, 1 FROM c WHERE i < $active AND i % 2 = 0
                UNION ALL SELECT i, cpr, kind, 2 FROM c WHERE i >= $active)
            INSERT INTO organdonorregistration (cpr, permissiontype, permissionforheart, permissionforlungs, permissionforliver,
                permissionforpancreas, permissionforkidneys, permissionforcornea, permissionforsmallintestine, permissionforskin,
                requiresrelativeacceptance, validfrom, validto)
            SELECT cpr,
                CASE kind WHEN 0 THEN 'FULL' WHEN 1 THEN 'LIMITED' WHEN 2 THEN 'FULL_WITH_RESEARCH' ELSE 'NONE' END,
                CASE kind WHEN 1 THEN 1 END, CASE kind WHEN 1 THEN 0 END, CASE kind WHEN 1 THEN 1 END, CASE kind WHEN 1 THEN 0 END,
                CASE kind WHEN 1 THEN 1 END, CASE kind WHEN 1 THEN 1 END, CASE kind WHEN 1 THEN 0 END, CASE kind WHEN 1 THEN 0 END,
                CASE kind WHEN 1 THEN 0 END,
                CASE history WHEN 0 THEN datetime('now', '-' || (i % 1000) || ' days', '-' || (i % 86400) || ' seconds')
                             ELSE datetime('now', '-' || (1000 + i % 2000) || ' days') END,
                CASE history WHEN 0 THEN NULL
                             WHEN 1 THEN datetime('now', '-' || (i % 1000) || ' days', '-' || (i % 86400) || ' seconds')
                             ELSE datetime('now', '-' || (i % 500) || ' days') END
            FROM r
            """;
        command.Parameters.AddWithValue("$registered", RegisteredCitizens);
        command.Parameters.AddWithValue("$active", ActiveCitizens);
        int inserted = await command.ExecuteNonQueryAsync();
        if (inserted != Rows)
        {
            throw new InvalidOperationException($"Seeded {inserted} registrations, expected {Rows}.");
        }

        return inserted;
    }
}
