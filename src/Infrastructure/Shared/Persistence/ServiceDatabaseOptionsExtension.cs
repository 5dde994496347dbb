using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Persistence;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>Carries the service's <see cref="ServiceDatabaseOptions"/> inside the DbContext options, so a
/// <see cref="ServiceDbContext"/> knows its provider and schema without reading configuration.</summary>
public sealed class ServiceDatabaseOptionsExtension : IDbContextOptionsExtension
{
    private ExtensionInfo? _info;

    public ServiceDatabaseOptionsExtension(ServiceDatabaseOptions options)
    {
        Options = options;
    }

    public ServiceDatabaseOptions Options { get; }

    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
        // Nothing to add: the extension only carries data.
    }

    public void Validate(IDbContextOptions options)
    {
        if (string.IsNullOrWhiteSpace(Options.ConnectionString))
        {
            throw new InvalidOperationException("The service database needs a connection string.");
        }
    }

    private sealed class ExtensionInfo : DbContextOptionsExtensionInfo
    {
        public ExtensionInfo(IDbContextOptionsExtension extension)
            : base(extension)
        {
        }

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"Schema={((ServiceDatabaseOptionsExtension)Extension).Options.Schema} ";

        // The schema only changes the model, which the model cache key covers; share internal service providers.
        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["Nsp:Schema"] = ((ServiceDatabaseOptionsExtension)Extension).Options.Schema;
    }
}
