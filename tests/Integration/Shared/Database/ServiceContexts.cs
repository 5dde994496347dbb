using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.Persistence;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Tests.Integration.Shared.Database;

/// <summary>Creates service contexts outside DI, for fixtures and the drift test.</summary>
public static class ServiceContexts
{
    public static TContext Create<TContext>(ServiceDatabaseOptions options)
        where TContext : ServiceDbContext => (TContext)Create(typeof(TContext), options);

    public static ServiceDbContext Create(Type contextType, ServiceDatabaseOptions options)
    {
        var builderType = typeof(DbContextOptionsBuilder<>).MakeGenericType(contextType);
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(builderType)!;
        builder.UseServiceDatabase(options);
        return (ServiceDbContext)Activator.CreateInstance(contextType, builder.Options)!;
    }

    /// <summary>Creates a context and applies its migrations, as start-up does.</summary>
    public static async Task<TContext> MigratedAsync<TContext>(ServiceDatabaseOptions options)
        where TContext : ServiceDbContext
    {
        var context = Create<TContext>(options);
        await new DatabaseMigrator(Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseMigrator>.Instance)
            .MigrateAsync([context], CancellationToken.None);
        return context;
    }
}
