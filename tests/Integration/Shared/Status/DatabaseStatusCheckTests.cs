using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Nsp.Application.Shared.Persistence;
using Nsp.Application.Shared.Status;
using Nsp.Infrastructure.Shared.Status;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Status;

public sealed class DatabaseStatusCheckTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    // The timeout plus room for a loaded test machine; a hang would take far longer.
    private static readonly TimeSpan Deadline = Timeout + TimeSpan.FromSeconds(2);

    private readonly SqliteDatabase _sqlite = new("idsas");

    public void Dispose() => _sqlite.Dispose();

    [Fact]
    public async Task PostgreSql_answering_select_1_is_healthy()
    {
        var result = await CheckAsync(PostgreSql(PostgresServer.Instance.ConnectionString));

        Assert.Equal(new StatusCheckResult("Database", true, "OK"), result);
    }

    [Fact]
    public async Task PostgreSql_with_a_wrong_password_is_unavailable()
    {
        var wrong = new NpgsqlConnectionStringBuilder(PostgresServer.Instance.ConnectionString) { Password = "not-the-password" };

        var (result, elapsed) = await TimedAsync(PostgreSql(wrong.ToString()));

        Assert.Equal(new StatusCheckResult("Database", false, "Unavailable"), result);
        Assert.True(elapsed < Deadline, $"took {elapsed}");
    }

    [Fact]
    public async Task PostgreSql_on_a_closed_port_is_unavailable_within_the_timeout()
    {
        var closed = new NpgsqlConnectionStringBuilder(PostgresServer.Instance.ConnectionString) { Host = "127.0.0.1", Port = ClosedPort() };

        var (result, elapsed) = await TimedAsync(PostgreSql(closed.ToString()));

        Assert.False(result.Healthy);
        Assert.True(elapsed < Deadline, $"took {elapsed}");
    }

    [Fact]
    public async Task A_server_that_accepts_but_never_answers_is_unavailable_within_the_timeout()
    {
        // The TCP connection succeeds (the listener's backlog takes it); the PostgreSQL handshake never comes.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var port = ((IPEndPoint)silent.LocalEndpoint).Port;
        var hanging = new NpgsqlConnectionStringBuilder(PostgresServer.Instance.ConnectionString) { Host = "127.0.0.1", Port = port, Pooling = false };

        var (result, elapsed) = await TimedAsync(PostgreSql(hanging.ToString()));

        Assert.False(result.Healthy);
        Assert.True(elapsed >= Timeout - TimeSpan.FromMilliseconds(100), $"gave up after {elapsed}, before the timeout");
        Assert.True(elapsed < Deadline, $"took {elapsed}");
    }

    [Fact]
    public async Task A_sqlite_file_is_healthy()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_sqlite.FilePath)!);
        await using (var connection = new SqliteConnection(_sqlite.ConnectionString))
        {
            await connection.OpenAsync();
        }

        var result = await CheckAsync(_sqlite.Options("idsas"));

        Assert.True(result.Healthy);
    }

    [Fact]
    public async Task A_missing_sqlite_file_is_unavailable_and_is_not_created()
    {
        var result = await CheckAsync(_sqlite.Options("idsas"));

        Assert.False(result.Healthy);
        Assert.False(File.Exists(_sqlite.FilePath));
    }

    private static ServiceDatabaseOptions PostgreSql(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString, "idsas");

    private static Task<StatusCheckResult> CheckAsync(ServiceDatabaseOptions options) =>
        new DatabaseStatusCheck("Database", options, Timeout, NullLogger<DatabaseStatusCheck>.Instance).CheckAsync(CancellationToken.None);

    private static async Task<(StatusCheckResult Result, TimeSpan Elapsed)> TimedAsync(ServiceDatabaseOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = await CheckAsync(options);
        return (result, stopwatch.Elapsed);
    }

    private static int ClosedPort()
    {
        // A port that was free a moment ago: nothing listens on it.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
