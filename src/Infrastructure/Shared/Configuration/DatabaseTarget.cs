using Nsp.Application.Shared;
using Nsp.Application.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>Where one service keeps its data. <see cref="Schema"/> is the service key for PostgreSQL
/// (<c>idsas</c>, <c>odr</c>, ...) and null for SQLite, which has one file per service instead.</summary>
public sealed record DatabaseTarget(NspService Service, DatabaseProvider Provider, string ConnectionString, string? Schema)
{
    /// <summary>The options the service's DbContext is built from.</summary>
    public ServiceDatabaseOptions ToOptions() => new(Provider, ConnectionString, Schema ?? Service.Key());
}
