using Microsoft.EntityFrameworkCore;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Dros.Persistence;

/// <summary>DROS's database (schema <c>dros</c>): document registration. It starts with the shared per-service tables (job state
/// and lease, MinLog outbox, DATABASE queue); the service's own tables arrive in later, additive migrations.</summary>
public sealed class DrosDbContext : ServiceDbContext
{
    public const string DefaultSchema = "dros";

    public DrosDbContext(DbContextOptions<DrosDbContext> options)
        : base(options)
    {
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Only the shared tables so far; the base class adds them.
    }
}
