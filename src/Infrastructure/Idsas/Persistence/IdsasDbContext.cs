using Microsoft.EntityFrameworkCore;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Idsas.Persistence;

/// <summary>IDSAS's database (schema <c>idsas</c>): identity blurring. It starts with the shared per-service tables (job state
/// and lease, MinLog outbox, DATABASE queue); the service's own tables arrive in later, additive migrations.</summary>
public sealed class IdsasDbContext : ServiceDbContext
{
    public const string DefaultSchema = "idsas";

    public IdsasDbContext(DbContextOptions<IdsasDbContext> options)
        : base(options)
    {
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Only the shared tables so far; the base class adds them.
    }
}
