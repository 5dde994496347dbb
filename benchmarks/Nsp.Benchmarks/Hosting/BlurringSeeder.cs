using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Idsas.Configuration;
using Nsp.Infrastructure.Idsas.Persistence;

namespace Nsp.Benchmarks.Hosting;

/// <summary>
/// Fills <c>blurring</c> on the embedded default's SQLite file: <see cref="BlurredCitizens"/> citizens with
/// <see cref="OrganisationsPerCitizen"/> blurrings each (so the table holds 100 000 rows by default), every fourth
/// citizen's second blurring already ended. Rows carry <c>patient_id_hashed</c> with the host's own salt, so the HASH
/// and BOTH strategies find them too. One prepared statement in one transaction: seconds, not minutes.
/// </summary>
public static class BlurringSeeder
{
    public const int BlurredCitizens = 50_000;
    public const int OrganisationsPerCitizen = 2;
    private const int Organisations = 500;

    /// <summary>The organisations (CVR) with an active blurring of <see cref="SampleCitizens.Blurred"/>(index).</summary>
    public static IReadOnlyList<string> ActiveOrganisationsOf(int index) =>
        index % 4 == 0 ? [Organisation(index, 0)] : [Organisation(index, 0), Organisation(index, 1)];

    public static async Task SeedAsync(IServiceProvider services, int citizens = BlurredCitizens)
    {
        await using var scope = services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IdsasDbContext>();
        var salt = scope.ServiceProvider.GetRequiredService<IdsasLookupSettings>().PatientIdSalt;
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO blurring (patient_id, patient_id_hashed, cvr, end_date, created, updated) VALUES ($patient, $hash, $cvr, $end, $now, $now)";
        var patient = insert.Parameters.Add("$patient", SqliteType.Text);
        var hash = insert.Parameters.Add("$hash", SqliteType.Text);
        var cvr = insert.Parameters.Add("$cvr", SqliteType.Text);
        var end = insert.Parameters.Add("$end", SqliteType.Text);
        var now = DateTime.UtcNow;
        insert.Parameters.AddWithValue("$now", now);
        await insert.PrepareAsync();

        DateTime active = now.AddDays(60);
        DateTime ended = now.AddDays(-10);
        for (int index = 0; index < citizens; index++)
        {
            string cpr = SampleCitizens.Blurred(index);
            patient.Value = cpr;
            hash.Value = salt.Hash(cpr).Value;
            for (int organisation = 0; organisation < OrganisationsPerCitizen; organisation++)
            {
                cvr.Value = Organisation(index, organisation);
                // The same text form EF Core and the repository's upsert bind for a DateTime.
                end.Value = organisation == 1 && index % 4 == 0 ? ended : active;
                await insert.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
    }

    private static string Organisation(int index, int organisation) =>
        "3" + ((index + organisation) % Organisations).ToString("D7", CultureInfo.InvariantCulture);
}
