using Microsoft.EntityFrameworkCore;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Brs.Persistence;

/// <summary>BRS's database (schema <c>brs</c>): treatment relations. It starts with the shared per-service tables (job state
/// and lease, MinLog outbox, DATABASE queue); the service's own tables arrive in later, additive migrations.</summary>
public sealed class BrsDbContext : ServiceDbContext
{
    public const string DefaultSchema = "brs";

    public BrsDbContext(DbContextOptions<BrsDbContext> options)
        : base(options)
    {
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Only the shared tables so far; the base class adds them.
    }
}
