using Microsoft.EntityFrameworkCore;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Tests.Integration.Shared.Pipeline;

/// <summary>A service's context for tests only: one table of its own (<c>test_note</c>) plus the shared tables
/// (<c>minlog_outbox</c>, <c>job_state</c>, <c>job_lease</c>), as a real service has them.</summary>
public sealed class TestServiceDbContext : ServiceDbContext
{
    public TestServiceDbContext(DbContextOptions<TestServiceDbContext> options)
        : base(options)
    {
    }

    public DbSet<TestNoteRecord> Notes => Set<TestNoteRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<TestNoteRecord>(e =>
        {
            e.ToTable("test_note");
            e.HasKey(n => n.Id).HasName("pk_test_note");
            e.Property(n => n.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(n => n.Text).HasColumnName("text").HasMaxLength(100);
        });
    }
}
