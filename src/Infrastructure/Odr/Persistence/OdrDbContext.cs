using Microsoft.EntityFrameworkCore;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Odr.Persistence;

/// <summary>ODR's database (schema <c>odr</c>): the organ donor register. It starts with the shared per-service tables (job state
/// and lease, MinLog outbox, DATABASE queue); the service's own tables arrive in later, additive migrations.</summary>
public sealed class OdrDbContext : ServiceDbContext
{
    public const string DefaultSchema = "odr";

    public OdrDbContext(DbContextOptions<OdrDbContext> options)
        : base(options)
    {
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        // Only the shared tables so far; the base class adds them.
    }
}
