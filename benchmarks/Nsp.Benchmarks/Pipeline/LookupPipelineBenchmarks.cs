using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Idsas.Blurrings;
using Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;
using Nsp.Application.Idsas.Configuration;
using Nsp.Benchmarks.Hosting;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Infrastructure.Idsas.Persistence;

namespace Nsp.Benchmarks.Pipeline;

/// <summary>
/// GetBlurredOrganisations through the whole MediatR pipeline (audit, actor audit, whitelist, validation, unit of
/// work, MinLog, handler) against the embedded default's SQLite file holding 100 000 blurrings, for a citizen with
/// blurrings and for one without (most citizens the STS asks about have none). Each call asks about another citizen.
/// <see cref="QueryOnly"/> is the handler's query alone (a scope, its DbContext and the SQL), so the difference to
/// the others is what the pipeline adds; <see cref="SqlOnly"/> runs the SQL that EF Core generates for it (copied from
/// its log) on a pooled connection without EF, so the difference to <see cref="QueryOnly"/> is what EF adds.
/// </summary>
[MemoryDiagnoser]
public class LookupPipelineBenchmarks
{
    private const string ByCprSql = """
        SELECT "b0"."cvr" FROM (SELECT DISTINCT "b"."cvr" FROM "blurring" AS "b"
        WHERE @nowUtc < "b"."end_date" AND "b"."patient_id" = @patientId) AS "b0" ORDER BY "b0"."cvr"
        """;

    private const string ByEitherSql = """
        SELECT "b0"."cvr" FROM (SELECT DISTINCT "b"."cvr" FROM "blurring" AS "b"
        WHERE @nowUtc < "b"."end_date" AND ("b"."patient_id" = @patientId OR "b"."patient_id_hashed" = @patientIdHashed)) AS "b0"
        ORDER BY "b0"."cvr"
        """;

    private PipelineCaller _pipeline = null!;
    private string _connectionString = null!;
    private PatientIdSalt _salt = null!;
    private int _next;

    [Params(LookupStrategy.Cpr, LookupStrategy.Both)]
    public LookupStrategy Strategy { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _pipeline = await PipelineCaller.StartAsync(new EmbeddedApiHostSettings { LookupStrategy = Strategy });
        _salt = _pipeline.Host.Services.GetRequiredService<IdsasLookupSettings>().PatientIdSalt;
        await using (var scope = _pipeline.Host.Services.CreateAsyncScope())
        {
            _connectionString = scope.ServiceProvider.GetRequiredService<IdsasDbContext>().Database.GetConnectionString()!;
        }
        for (int index = 0; index < 8; index++)
        {
            var found = await _pipeline.SendAsync(new GetBlurredOrganisationsQuery(SampleCitizens.Blurred(index)));
            if (!found.OrganisationCvrs.SequenceEqual(BlurringSeeder.ActiveOrganisationsOf(index).Order(StringComparer.Ordinal)))
            {
                throw new InvalidOperationException($"The seeded blurrings of citizen {index} were not found by {Strategy}.");
            }
        }
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _pipeline.DisposeAsync();

    [Benchmark]
    public Task<GetBlurredOrganisationsResult> BlurredCitizen() =>
        _pipeline.SendAsync(new GetBlurredOrganisationsQuery(SampleCitizens.Blurred(Next())));

    [Benchmark]
    public Task<GetBlurredOrganisationsResult> UnblurredCitizen() =>
        _pipeline.SendAsync(new GetBlurredOrganisationsQuery(SampleCitizens.Unblurred(Next())));

    [Benchmark]
    public async Task<IReadOnlyList<string>> QueryOnly()
    {
        string cpr = SampleCitizens.Blurred(Next());
        // As the handler chooses.
        string? byCpr = Strategy is LookupStrategy.Cpr or LookupStrategy.Both ? cpr : null;
        string? byHash = Strategy is LookupStrategy.Hash or LookupStrategy.Both ? _salt.Hash(cpr).Value : null;
        await using var scope = _pipeline.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IBlurringQueries>()
            .ActiveOrganisationsAsync(byCpr, byHash, DateTime.UtcNow, CancellationToken.None);
    }

    /// <summary>The part of <see cref="QueryOnly"/> before the query: a scope, its DbContext, and opening (then
    /// closing) the context's connection, interceptor included.</summary>
    [Benchmark]
    public async Task<bool> ContextAndConnectionOnly()
    {
        await using var scope = _pipeline.Host.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<IdsasDbContext>().Database;
        await database.OpenConnectionAsync();
        await database.CloseConnectionAsync();
        return true;
    }

    [Benchmark]
    public async Task<List<string>> SqlOnly()
    {
        string cpr = SampleCitizens.Blurred(Next());
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = Strategy == LookupStrategy.Cpr ? ByCprSql : ByEitherSql;
        command.Parameters.AddWithValue("@nowUtc", DateTime.UtcNow);
        command.Parameters.AddWithValue("@patientId", cpr);
        command.Parameters.AddWithValue("@patientIdHashed", _salt.Hash(cpr).Value);
        var cvrs = new List<string>(2);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            cvrs.Add(reader.GetString(0));
        }

        return cvrs;
    }

    private int Next() => _next = (_next + 7919) % BlurringSeeder.BlurredCitizens;
}
