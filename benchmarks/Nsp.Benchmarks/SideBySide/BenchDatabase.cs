using System.Globalization;
using Npgsql;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// The side-by-side run's own PostgreSQL database (dropped and created again each run), filled by set-based SQL
/// after the API has migrated it: seconds for millions of rows. See <see cref="BenchData"/> for what goes where.
/// </summary>
public sealed class BenchDatabase(string adminConnectionString, string databaseName)
{
    public string ConnectionString { get; } =
        new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = databaseName, Pooling = false }.ConnectionString;

    public async Task RecreateAsync()
    {
        await using var admin = new NpgsqlConnection(adminConnectionString);
        await admin.OpenAsync();
        // Our own sessions (a previous run's API killed mid-way) go first; an autovacuum worker still busy with the
        // old database is cancelled by DROP DATABASE itself, which WITH (FORCE) may not do for a non-superuser.
        await ExecuteAsync(admin, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{databaseName}' AND usename = current_user AND pid <> pg_backend_pid()");
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {databaseName}");
        await ExecuteAsync(admin, $"CREATE DATABASE {databaseName}");
    }

    /// <summary>1M blurrings (hashed with the installation's salt, as registration stores them) and the listed
    /// departments.</summary>
    public async Task SeedIdsasAsync(string saltPrefix, string saltPostfix)
    {
        await using var connection = await OpenAsync();
        await using (var blurrings = new NpgsqlCommand(
            $"""
            INSERT INTO idsas.blurring (patient_id, patient_id_hashed, cvr, end_date, created, updated)
            SELECT c.cpr,
                   encode(sha256(convert_to(@prefix || c.cpr || @postfix, 'UTF8')), 'hex'),
                   '3' || lpad(((c.i + o) % 500)::text, 7, '0'),
                   CASE WHEN o = 1 AND c.i % 4 = 0 THEN now() - interval '10 days' ELSE now() + interval '60 days' END,
                   now(), now()
            FROM (SELECT i, {Cpr(BenchData.BlurredFrom)} AS cpr FROM generate_series(0, {BenchData.BlurredCitizens - 1}) i) c
            CROSS JOIN generate_series(0, 1) o
            """,
            connection))
        {
            blurrings.Parameters.AddWithValue("prefix", saltPrefix);
            blurrings.Parameters.AddWithValue("postfix", saltPostfix);
            blurrings.CommandTimeout = 600;
            await blurrings.ExecuteNonQueryAsync();
        }

        await ExecuteAsync(connection, $"""
            INSERT INTO idsas.org_blurring (org_id, classification, created)
            SELECT '8' || lpad(i::text, 8, '0'), 'SOR', now() FROM generate_series(0, {BenchData.ActiveOrgBlurrings - 1}) i
            """);
        await ExecuteAsync(connection, "ANALYZE idsas.blurring; ANALYZE idsas.org_blurring");
    }

    /// <summary>1M registrations nobody asks about, the registered citizens of Get/Has/Update and the
    /// <paramref name="deletable"/> registered citizens Delete closes.</summary>
    public async Task SeedOdrAsync(int deletable)
    {
        await using var connection = await OpenAsync();
        await InsertRegistrationsAsync(connection, BenchData.OdrBulkFrom, BenchData.OdrBulkRegistrations);
        await InsertRegistrationsAsync(connection, BenchData.OdrRegisteredFrom, BenchData.OdrRegistered);
        await InsertRegistrationsAsync(connection, BenchData.OdrDeleteFrom, deletable);
        await ExecuteAsync(connection, "ANALYZE odr.organdonorregistration");
    }

    /// <summary>10M MinLog entries (issue 14): 9,990,000 of 999,000 other citizens and 10,000 of the lookup's citizen,
    /// spread over the last two years, with a handful of organisation names.</summary>
    public async Task SeedMinLogAsync()
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, """
            INSERT INTO minlog.organisationname (name, digest)
            SELECT 'Benchmark organisation ' || i, i FROM generate_series(1, 10) i
            """);
        int others = BenchData.MinLogEntries - BenchData.MinLogLookupEntries;
        await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO minlog.logentry (regkode, cprnrborger, bruger, orgusingid, orgusingname_id, systemname, handling, sessionid, tidspunkt)
            SELECT md5('o' || n), {Cpr(BenchData.MinLogOthersFrom)}, '0000000000', '12345678',
                   (SELECT min(id) FROM minlog.organisationname) + (n % 10), 'BenchSystem', 'Opslag', 's' || (n % 1000),
                   now() - make_interval(secs => (n % 63000000))
            FROM generate_series(0, {others - 1}) n, LATERAL (SELECT n / 10 AS i) AS c
            """));
        await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"""
            INSERT INTO minlog.logentry (regkode, cprnrborger, bruger, orgusingid, orgusingname_id, systemname, handling, sessionid, tidspunkt)
            SELECT md5('c' || i), '{BenchData.MinLogLookupCitizen}', '0101801234', '12345678', (SELECT min(id) FROM minlog.organisationname),
                   'BenchSystem', 'Opslag', 's' || i, now() - make_interval(secs => i * {MinLogLookup.MonthsOfEntries * 30 * 86400 / BenchData.MinLogLookupEntries})
            FROM generate_series(0, {BenchData.MinLogLookupEntries - 1}) i
            """));
        // The insert-driven autovacuum of 10M rows would otherwise run during the measured runs.
        await ExecuteAsync(connection, "VACUUM (ANALYZE) minlog.logentry");
        await ExecuteAsync(connection, "ANALYZE minlog.organisationname");
    }

    /// <summary>Runs an operation's reset SQL (<see cref="BenchOperation.ResetSql"/>).</summary>
    public async Task ResetAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await ExecuteAsync(connection, sql);
    }

    private static Task InsertRegistrationsAsync(NpgsqlConnection connection, DateOnly from, int count) =>
        ExecuteAsync(connection, $"""
            INSERT INTO odr.organdonorregistration (cpr, permissiontype, requiresrelativeacceptance, validfrom, validto)
            SELECT {Cpr(from)}, 'FULL', false, now() - interval '1 year', NULL FROM generate_series(0, {count - 1}) i
            """);

    /// <summary>The SQL for <see cref="SubjectPool.Cprs"/>'s numbering: day <c>i / 10 000</c> from
    /// <paramref name="from"/>, serial <c>i % 10 000</c>.</summary>
    public static string Cpr(DateOnly from) =>
        string.Create(CultureInfo.InvariantCulture, $"to_char(date '{from:yyyy-MM-dd}' + (i / {SubjectPool.SerialsPerDay}), 'DDMMYY') || lpad((i % {SubjectPool.SerialsPerDay})::text, 4, '0')");

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
