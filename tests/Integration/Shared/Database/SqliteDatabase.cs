using Microsoft.Data.Sqlite;
using Nsp.Application.Shared.Persistence;

namespace Nsp.Tests.Integration.Shared.Database;

/// <summary>A SQLite file in its own temporary directory (not yet created: the service configuration creates the
/// directory and the file), deleted on dispose.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _directory;

    public SqliteDatabase(string name = "service")
    {
        _directory = Path.Combine(Path.GetTempPath(), "nsp-tests", Guid.NewGuid().ToString("N"));
        FilePath = Path.Combine(_directory, name + ".db");
    }

    public string FilePath { get; }

    public string ConnectionString => new SqliteConnectionStringBuilder { DataSource = FilePath }.ToString();

    public ServiceDatabaseOptions Options(string schema) => new(DatabaseProvider.Sqlite, ConnectionString, schema);

    public void Dispose()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
