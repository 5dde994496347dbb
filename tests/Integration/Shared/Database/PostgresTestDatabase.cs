using Nsp.Application.Shared.Persistence;

namespace Nsp.Tests.Integration.Shared.Database;

/// <summary>A database created for one test class; dropped (with its connections) on dispose.</summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    private readonly PostgresServer _server;

    internal PostgresTestDatabase(PostgresServer server, string name, string connectionString)
    {
        _server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public ServiceDatabaseOptions Options(string schema) => new(DatabaseProvider.PostgreSql, ConnectionString, schema);

    public ValueTask DisposeAsync() => new(_server.DropDatabaseAsync(Name, ConnectionString));
}
