using Microsoft.EntityFrameworkCore;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Domain.Idsas.DeadLetters;
using Nsp.Domain.Idsas.OrgBlurrings;
using Nsp.Domain.Idsas.Salts;
using Nsp.Domain.Idsas.Whitelisting;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Idsas.Persistence;

/// <summary>IDSAS's database (schema <c>idsas</c>): <c>blurring</c>, <c>org_blurring</c>, <c>salt</c>,
/// <c>whitelist</c>, <c>dead_letter</c>, plus the shared per-service tables. Names as the seed's SQL uses them.</summary>
public sealed class IdsasDbContext : ServiceDbContext
{
    public const string DefaultSchema = "idsas";

    /// <summary>The partial unique index that allows one active (not removed) blurring per department.</summary>
    public const string OrgBlurringActiveIndex = "org_blurring_active_idx";

    public IdsasDbContext(DbContextOptions<IdsasDbContext> options)
        : base(options)
    {
    }

    public DbSet<Blurring> Blurrings => Set<Blurring>();

    public DbSet<OrgBlurring> OrgBlurrings => Set<OrgBlurring>();

    public DbSet<Salt> Salts => Set<Salt>();

    public DbSet<WhitelistEntry> Whitelist => Set<WhitelistEntry>();

    public DbSet<DeadLetter> DeadLetters => Set<DeadLetter>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<Blurring>(e =>
        {
            e.ToTable("blurring");
            e.HasKey(b => b.Id).HasName("pk_blurring");
            e.Property(b => b.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(b => b.PatientId).HasColumnName("patient_id").HasMaxLength(Blurring.PatientIdLength);
            e.Property(b => b.PatientIdHashed).HasColumnName("patient_id_hashed").HasMaxLength(PatientIdHash.Length);
            e.Property(b => b.Cvr).HasColumnName("cvr").HasMaxLength(Blurring.CvrLength);
            e.Property(b => b.EndDate).HasColumnName("end_date");
            e.Property(b => b.Created).HasColumnName("created");
            e.Property(b => b.Updated).HasColumnName("updated");
            // The upsert key; it also serves lookups by patient_id and the deceased job's walk over patient ids.
            e.HasIndex(b => new { b.PatientId, b.Cvr }).IsUnique().HasDatabaseName("blurring_patient_id_cvr_idx");
            e.HasIndex(b => b.PatientIdHashed).HasDatabaseName("blurring_patient_id_hashed_idx");
            e.HasIndex(b => b.EndDate).HasDatabaseName("blurring_end_date_idx");
        });

        modelBuilder.Entity<OrgBlurring>(e =>
        {
            e.ToTable("org_blurring");
            e.HasKey(o => o.Id).HasName("pk_org_blurring");
            e.Property(o => o.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(o => o.OrgId).HasColumnName("org_id").HasMaxLength(OrgBlurring.OrgIdMaxLength);
            e.Property(o => o.ClassificationText).HasColumnName("classification").HasMaxLength(OrgBlurring.ClassificationMaxLength);
            e.Ignore(o => o.Classification);
            e.Ignore(o => o.IsActive);
            e.Property(o => o.Created).HasColumnName("created");
            e.Property(o => o.RemovedAt).HasColumnName("removed_at");
            e.HasIndex(o => new { o.OrgId, o.ClassificationText }).HasDatabaseName("org_blurring_org_id_classification_idx");
            e.HasIndex(o => o.RemovedAt).HasDatabaseName("org_blurring_removed_at_idx");
            // One active blurring per department (migration 20261207100000, ADR 0026).
            e.HasIndex(o => new { o.OrgId, o.ClassificationText }, OrgBlurringActiveIndex).IsUnique().HasFilter("removed_at IS NULL");
        });

        modelBuilder.Entity<Salt>(e =>
        {
            e.ToTable("salt");
            e.HasKey(s => s.Id).HasName("pk_salt");
            e.Property(s => s.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(s => s.Base64Value).HasColumnName("value").HasMaxLength(Salt.Base64Length);
            e.Property(s => s.Created).HasColumnName("created");
            e.HasIndex(s => s.Created).HasDatabaseName("salt_created_idx");
        });

        modelBuilder.Entity<WhitelistEntry>(e =>
        {
            e.ToTable("whitelist");
            e.HasKey(w => new { w.ActorId, w.Type }).HasName("pk_whitelist");
            e.Property(w => w.ActorId).HasColumnName("actor_id").HasMaxLength(WhitelistEntry.ActorIdMaxLength);
            e.Property(w => w.Type).HasColumnName("type").HasMaxLength(WhitelistType.MaxLength);
            e.Property(w => w.Note).HasColumnName("note").HasMaxLength(WhitelistEntry.NoteMaxLength);
        });

        modelBuilder.Entity<DeadLetter>(e =>
        {
            e.ToTable("dead_letter");
            e.HasKey(d => d.Id).HasName("pk_dead_letter");
            e.Property(d => d.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(d => d.Topic).HasColumnName("topic").HasMaxLength(DeadLetter.TopicMaxLength);
            e.Property(d => d.Position).HasColumnName("position").HasMaxLength(DeadLetter.PositionMaxLength);
            e.Property(d => d.MessageKey).HasColumnName("message_key").HasMaxLength(DeadLetter.KeyMaxLength);
            e.Property(d => d.Payload).HasColumnName("payload");
            e.Property(d => d.Reason).HasColumnName("reason").HasMaxLength(DeadLetter.ReasonMaxLength);
            e.Property(d => d.Created).HasColumnName("created");
        });
    }
}
