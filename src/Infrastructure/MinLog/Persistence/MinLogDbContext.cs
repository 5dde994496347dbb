using Microsoft.EntityFrameworkCore;
using Nsp.Domain.MinLog;
using Nsp.Infrastructure.MinLog.Whitelisting;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.MinLog.Persistence;

/// <summary>MinLog's store (DESIGN 5.4, schema <c>minlog</c>): <c>logentry</c>, <c>organisationname</c>,
/// <c>status</c>, <c>whitelist_config</c>, plus the shared per-service tables.</summary>
public sealed class MinLogDbContext : ServiceDbContext
{
    public const string DefaultSchema = "minlog";

    public MinLogDbContext(DbContextOptions<MinLogDbContext> options)
        : base(options)
    {
    }

    public DbSet<LogEntry> LogEntries => Set<LogEntry>();

    public DbSet<OrganisationName> OrganisationNames => Set<OrganisationName>();

    public DbSet<MinLogStatus> Statuses => Set<MinLogStatus>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<OrganisationName>(e =>
        {
            e.ToTable("organisationname");
            e.HasKey(o => o.Id).HasName("pk_organisationname");
            e.Property(o => o.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(o => o.Name).HasColumnName("name").HasMaxLength(OrganisationName.NameMaxLength);
            e.Property(o => o.Digest).HasColumnName("digest");
            e.HasIndex(o => o.Digest).HasDatabaseName("organisation_name_digest_idx");
        });

        modelBuilder.Entity<LogEntry>(e =>
        {
            e.ToTable("logentry");
            e.HasKey(l => l.Id).HasName("pk_logentry");
            e.Property(l => l.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(l => l.RegKode).HasColumnName("regkode").HasMaxLength(LogEntry.RegKodeMaxLength);
            e.HasAlternateKey(l => l.RegKode).HasName("unique_constraint_regkode");
            e.Property(l => l.CprNrBorger).HasColumnName("cprnrborger").HasMaxLength(LogEntry.CprLength);
            e.Property(l => l.Bruger).HasColumnName("bruger").HasMaxLength(LogEntry.BrugerMaxLength);
            e.Property(l => l.Ansvarlig).HasColumnName("ansvarlig").HasMaxLength(LogEntry.AnsvarligMaxLength);
            e.Property(l => l.OrgUsingId).HasColumnName("orgusingid").HasMaxLength(LogEntry.OrgUsingIdMaxLength);
            e.Property(l => l.OrganisationNameId).HasColumnName("orgusingname_id");
            e.Property(l => l.SystemName).HasColumnName("systemname").HasMaxLength(LogEntry.SystemNameMaxLength);
            e.Property(l => l.Handling).HasColumnName("handling").HasMaxLength(LogEntry.HandlingMaxLength);
            e.Property(l => l.SessionId).HasColumnName("sessionid").HasMaxLength(LogEntry.SessionIdMaxLength);
            e.Property(l => l.Tidspunkt).HasColumnName("tidspunkt");
            e.HasIndex(l => new { l.CprNrBorger, l.Tidspunkt }).HasDatabaseName("log_cpr_and_timestamp_index");
            e.HasIndex(l => l.Tidspunkt).HasDatabaseName("logentry_tidspunkt_idx");
            e.HasIndex(l => l.OrganisationNameId).HasDatabaseName("logentry_orgusingname_id_idx");
            e.HasOne<OrganisationName>()
                .WithMany()
                .HasForeignKey(l => l.OrganisationNameId)
                .HasConstraintName("fk_logentry_organisationname")
                .OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<MinLogStatus>(e =>
        {
            e.ToTable("status");
            e.HasKey(s => s.Id).HasName("pk_status");
            e.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
            e.Property(s => s.LastUpdated).HasColumnName("lastupdated");
        });

        modelBuilder.ApplyConfiguration(new WhitelistConfigConfiguration());
    }
}
