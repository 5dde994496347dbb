using Nsp.Application.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Crk;

public sealed class CrkSchemaOnSqliteTests : CrkSchemaContract, IDisposable
{
    private readonly SqliteDatabase _database = new("crk");

    protected override ServiceDatabaseOptions Options => _database.Options("crk");

    public void Dispose() => _database.Dispose();
}
