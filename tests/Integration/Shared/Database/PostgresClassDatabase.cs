namespace Nsp.Tests.Integration.Shared.Database;

/// <summary>Class fixture: one fresh PostgreSQL database per test class, named after it.
/// Use as <c>IClassFixture&lt;PostgresClassDatabase&lt;MyTests&gt;&gt;</c>.</summary>
public sealed class PostgresClassDatabase<TTestClass> : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    public PostgresTestDatabase Database =>
        _database ?? throw new InvalidOperationException("The class database is created in InitializeAsync.");

    public async Task InitializeAsync() => _database = await PostgresServer.Instance.CreateDatabaseAsync(typeof(TTestClass).Name);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
