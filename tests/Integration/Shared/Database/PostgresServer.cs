using System.Globalization;
using Npgsql;

namespace Nsp.Tests.Integration.Shared.Database;

/// <summary>The PostgreSQL server of this test run (env <c>NSP_TEST_POSTGRES</c>, set by the test script). Hands out
/// fresh databases, so each test class starts empty. Missing configuration fails the test: it is not skipped.</summary>
public sealed class PostgresServer
{
    public const string EnvironmentVariable = "NSP_TEST_POSTGRES";

    private static readonly Lazy<PostgresServer> Shared = new(() => new PostgresServer(ReadConnectionString()));

    private PostgresServer(string connectionString)
    {
        ConnectionString = connectionString;
    }

    public static PostgresServer Instance => Shared.Value;

    /// <summary>The configured connection: a role allowed to CREATE DATABASE.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates <c>nsp_&lt;owner&gt;_&lt;random&gt;</c>; disposing the result drops it.</summary>
    public async Task<PostgresTestDatabase> CreateDatabaseAsync(string owner)
    {
        var prefix = new string(owner.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray());
        var name = string.Create(
            CultureInfo.InvariantCulture,
            $"nsp_{prefix[..Math.Min(prefix.Length, 40)]}_{RandomLetters()}");
        await ExecuteAsync($"CREATE DATABASE {name}");
        var database = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ToString();
        return new PostgresTestDatabase(this, name, database);
    }

    /// <summary>Ten random letters a–p: no run of digits, so a database name in a log never looks like a CPR number
    /// to the log scan that looks for CPRs.</summary>
    private static string RandomLetters() =>
        string.Concat(Guid.NewGuid().ToByteArray().AsSpan(0, 5).ToArray().Select(b => $"{(char)('a' + (b >> 4))}{(char)('a' + (b & 15))}"));

    internal async Task DropDatabaseAsync(string name, string connectionString)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static string ReadConnectionString()
    {
        var value = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(value)
            ? throw new InvalidOperationException(
                $"Set {EnvironmentVariable} to a PostgreSQL connection string whose role may CREATE DATABASE, e.g. " +
                "'Host=127.0.0.1;Port=5432;Username=nsp_test;Password=nsp_test;Database=nsp_test' (scripts/test sets it).")
            : value;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Database names are built here from letters, digits and underscores only.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
