using Microsoft.EntityFrameworkCore;
using Nsp.Domain.Odr.Notifications;
using Nsp.Domain.Odr.Registrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Odr.Persistence;

/// <summary>ODR's database (schema <c>odr</c>): <c>organdonorregistration</c>, <c>notificationdate</c>,
/// <c>notificationperson</c> (the seed's names lowercased, DESIGN 4.9), plus the shared per-service tables (job state
/// and lease, MinLog outbox, DATABASE queue).</summary>
public sealed class OdrDbContext : ServiceDbContext
{
    public const string DefaultSchema = "odr";

    /// <summary>The partial unique index that allows one active registration (validto null) per CPR (ADR 0030).</summary>
    public const string RegistrationActiveIndex = "organdonorregistration_active_idx";

    public OdrDbContext(DbContextOptions<OdrDbContext> options)
        : base(options)
    {
    }

    public DbSet<OrganDonorRegistration> Registrations => Set<OrganDonorRegistration>();

    public DbSet<NotificationDate> NotificationDates => Set<NotificationDate>();

    public DbSet<NotificationPerson> NotificationPersons => Set<NotificationPerson>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<OrganDonorRegistration>(e =>
        {
            e.ToTable("organdonorregistration");
            e.HasKey(r => r.Id).HasName("pk_organdonorregistration");
            e.Property(r => r.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(r => r.Cpr).HasColumnName("cpr").HasMaxLength(OrganDonorRegistration.CprLength);
            e.Property(r => r.PermissionTypeText).HasColumnName("permissiontype").HasMaxLength(OrganDonorRegistration.PermissionTypeMaxLength);
            e.Ignore(r => r.PermissionType);
            e.Ignore(r => r.Organs);
            e.Ignore(r => r.IsActive);
            e.Property(r => r.PermissionForHeart).HasColumnName("permissionforheart");
            e.Property(r => r.PermissionForLungs).HasColumnName("permissionforlungs");
            e.Property(r => r.PermissionForLiver).HasColumnName("permissionforliver");
            e.Property(r => r.PermissionForPancreas).HasColumnName("permissionforpancreas");
            e.Property(r => r.PermissionForKidneys).HasColumnName("permissionforkidneys");
            e.Property(r => r.PermissionForCornea).HasColumnName("permissionforcornea");
            e.Property(r => r.PermissionForSmallIntestine).HasColumnName("permissionforsmallintestine");
            e.Property(r => r.PermissionForSkin).HasColumnName("permissionforskin");
            e.Property(r => r.RequiresRelativeAcceptance).HasColumnName("requiresrelativeacceptance");
            e.Property(r => r.ValidFrom).HasColumnName("validfrom");
            e.Property(r => r.ValidTo).HasColumnName("validto");
            // History and active lookups by CPR; also the cleanup jobs' walk over CPRs.
            e.HasIndex(r => new { r.Cpr, r.ValidFrom }).HasDatabaseName("organdonorregistration_cpr_validfrom_idx");
            e.HasIndex(r => r.Cpr, RegistrationActiveIndex).IsUnique().HasFilter("validto IS NULL");
        });

        modelBuilder.Entity<NotificationDate>(e =>
        {
            e.ToTable("notificationdate");
            e.HasKey(d => d.Date).HasName("pk_notificationdate");
            e.Property(d => d.Date).HasColumnName("date").ValueGeneratedNever();
            e.Property(d => d.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(NotificationPerson.StatusMaxLength);
            e.HasIndex(d => d.Status).HasDatabaseName("notificationdate_status_idx");
        });

        modelBuilder.Entity<NotificationPerson>(e =>
        {
            e.ToTable("notificationperson");
            e.HasKey(p => p.NotificationPersonPid).HasName("pk_notificationperson");
            e.Property(p => p.NotificationPersonPid).HasColumnName("notificationpersonpid").UseProviderNeutralIdentity();
            e.Property(p => p.Date).HasColumnName("date");
            e.Property(p => p.Cpr).HasColumnName("cpr").HasMaxLength(NotificationPerson.CprLength);
            e.Property(p => p.Decided).HasColumnName("decided");
            e.Property(p => p.MessageId).HasColumnName("messageid").HasMaxLength(NotificationPerson.MessageIdMaxLength);
            e.Property(p => p.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(NotificationPerson.StatusMaxLength);
            e.Property(p => p.SentAtDateTime).HasColumnName("sentatdatetime");
            e.Property(p => p.ErrorMessage).HasColumnName("errormessage").HasMaxLength(NotificationPerson.ErrorMessageMaxLength);
            e.HasIndex(p => new { p.Date, p.Cpr }).IsUnique().HasDatabaseName("notificationperson_date_cpr_idx");
            e.HasIndex(p => new { p.Date, p.Status }).HasDatabaseName("notificationperson_date_status_idx");
            // The deceased job deletes a CPR's letters.
            e.HasIndex(p => p.Cpr).HasDatabaseName("notificationperson_cpr_idx");
        });
    }
}
