using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.MinLog.Registration;

/// <summary>Class fixture: a fresh PostgreSQL database named after <typeparamref name="TTestClass"/> and one
/// <see cref="MinLogRegistrationHost"/> on it, shared by the class's tests (each uses CPR numbers of its own).</summary>
public sealed class MinLogRegistrationFixture<TTestClass> : IAsyncLifetime
{
    private PostgresTestDatabase? _database;
    private MinLogRegistrationHost? _host;

    public MinLogRegistrationHost Host => _host ?? throw new InvalidOperationException("The host is started in InitializeAsync.");

    /// <summary><c>minlog.properties</c> of the host; a test class may need its own (e.g. a small body limit).</summary>
    public Dictionary<string, string>? Properties { get; init; }

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.Instance.CreateDatabaseAsync(typeof(TTestClass).Name);
        _host = new MinLogRegistrationHost(_database, Properties);
    }

    public async Task DisposeAsync()
    {
        _host?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
