using Microsoft.EntityFrameworkCore;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Crk.Persistence;

/// <summary>CRK's database (schema <c>crk</c>): endpoint configuration. It starts with the shared per-service tables (job state
/// and lease, MinLog outbox, DATABASE queue); the service's own tables arrive in later, additive migrations.</summary>
public sealed class CrkDbContext : ServiceDbContext
{
    public const string DefaultSchema = "crk";

    public CrkDbContext(DbContextOptions<CrkDbContext> options)
        : base(options)
    {
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Only the shared tables so far; the base class adds them.
    }
}
