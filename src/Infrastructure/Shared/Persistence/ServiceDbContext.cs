using Microsoft.EntityFrameworkCore;
using Nsp.Application.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>The base of every service's DbContext. Configure it with
/// <see cref="ServiceDatabaseConfiguration.UseServiceDatabase"/>. It puts the model in the service's schema on
/// PostgreSQL (SQLite has none), stores every <see cref="DateTime"/> as UTC, adds the shared per-service tables
/// (<see cref="SharedServiceTables"/>) and makes every table, column, key and index name lowercase, so the seeds'
/// SQL runs unquoted on PostgreSQL. The drift test picks up every subclass in this assembly.</summary>
public abstract class ServiceDbContext : DbContext
{
    protected ServiceDbContext(DbContextOptions options)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DatabaseOptions = options.FindExtension<ServiceDatabaseOptionsExtension>()?.Options
            ?? throw new InvalidOperationException(
                $"{GetType().Name} must be configured with {nameof(ServiceDatabaseConfiguration.UseServiceDatabase)}.");
    }

    public ServiceDatabaseOptions DatabaseOptions { get; }

    /// <summary>The schema the tables live in, or <c>null</c> on SQLite.</summary>
    public string? Schema => DatabaseOptions.Provider == DatabaseProvider.PostgreSql ? DatabaseOptions.Schema : null;

    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (Schema is not null)
        {
            modelBuilder.HasDefaultSchema(SchemaName.Require(Schema));
        }

        ConfigureModel(modelBuilder);
        modelBuilder.AddSharedServiceTables();
        LowercaseNames.Apply(modelBuilder.Model);
    }

    /// <summary>The service's own entities. Name tables and columns as the seeds do; unnamed ones are lowercased.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
