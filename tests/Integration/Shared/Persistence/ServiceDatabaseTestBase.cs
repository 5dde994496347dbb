using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Persistence;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Infrastructure.Shared.Queues;

namespace Nsp.Tests.Integration.Shared.Persistence;

/// <summary>Runs the shared-table tests on a migrated service database (MinLog's context carries the shared tables)
/// registered as a service would be, with a hand-moved clock.</summary>
public abstract class ServiceDatabaseTestBase : IAsyncLifetime
{
    protected ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    protected ServiceProvider Services { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var options = await DatabaseAsync();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddServiceDatabase<MinLogDbContext>(NspService.MinLog, options);
        services.AddDatabaseQueue<MinLogDbContext>(NspService.MinLog);
        Services = services.BuildServiceProvider();
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>()
            .MigrateAsync([scope.ServiceProvider.GetRequiredService<MinLogDbContext>()], CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await ReleaseDatabaseAsync();
    }

    /// <summary>An empty (or already migrated) database for this test.</summary>
    protected abstract Task<ServiceDatabaseOptions> DatabaseAsync();

    protected virtual Task ReleaseDatabaseAsync() => Task.CompletedTask;
}
