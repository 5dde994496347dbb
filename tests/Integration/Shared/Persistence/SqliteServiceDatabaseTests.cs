using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Persistence;

public sealed class SqliteServiceDatabaseTests : IDisposable
{
    private readonly SqliteDatabase _database = new("minlog");

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_migrated_service_file_is_created_with_its_directory_and_runs_in_wal_mode()
    {
        await using var context = await ServiceContexts.MigratedAsync<MinLogDbContext>(_database.Options("minlog"));

        Assert.True(File.Exists(_database.FilePath));
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task A_second_writer_waits_for_the_first_instead_of_failing_busy()
    {
        var options = _database.Options("minlog");
        await using (await ServiceContexts.MigratedAsync<MinLogDbContext>(options))
        {
        }

        await using var first = ServiceContexts.Create<MinLogDbContext>(options);
        await using var transaction = await first.Database.BeginTransactionAsync();
        first.Add(new JobLeaseRecord { Job = "first", Holder = "a", LeasedUntil = DateTime.UtcNow });
        await first.SaveChangesAsync();

        var second = Task.Run(async () =>
        {
            await using var context = ServiceContexts.Create<MinLogDbContext>(options);
            context.Add(new JobLeaseRecord { Job = "second", Holder = "b", LeasedUntil = DateTime.UtcNow });
            await context.SaveChangesAsync();
        });
        await Task.Delay(500);
        Assert.False(second.IsCompleted);
        await transaction.CommitAsync();
        await second;

        await using var check = ServiceContexts.Create<MinLogDbContext>(options);
        Assert.Equal(2, await check.Set<JobLeaseRecord>().CountAsync());
    }
}
