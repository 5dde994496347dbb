using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;

namespace Nsp.Benchmarks.Micro;

/// <summary>
/// What every request pays to get its SQLite connection: opening a pooled connection, and the same plus the
/// <c>PRAGMA journal_mode = WAL</c> the host's connection interceptor runs on every open (the setting is stored in the
/// database file, so once per file would do).
/// </summary>
[MemoryDiagnoser]
public class SqliteConnectionBenchmarks
{
    private string _directory = null!;
    private string _connectionString = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Path.Combine(Path.GetTempPath(), "nsp-bench-sqlite-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, "idsas.db"), DefaultTimeout = 30 }.ToString();
        OpenWithWalPragma();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark]
    public void OpenPooledConnection()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
    }

    [Benchmark]
    public void OpenPooledConnectionWithWalPragma() => OpenWithWalPragma();

    private void OpenWithWalPragma()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }
}
