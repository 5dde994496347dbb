using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>The tables every service has in its own schema: job state and lease (DESIGN 4.6), the MinLog outbox
/// (4.4) and the DATABASE queue. <see cref="ServiceDbContext"/> adds them to every model; each service's first
/// migration calls <see cref="CreateSharedServiceTables"/>. A later change here needs a migration in every service.</summary>
public static class SharedServiceTables
{
    public const int JobNameMaxLength = 100;
    public const int JobStateMaxLength = 20;
    public const int HolderMaxLength = 200;
    public const int TopicMaxLength = 200;
    public const int MessageKeyMaxLength = 200;

    public static ModelBuilder AddSharedServiceTables(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<JobStateRecord>(e =>
        {
            e.ToTable("job_state");
            e.HasKey(s => s.Job).HasName("pk_job_state");
            e.Property(s => s.Job).HasColumnName("job").HasMaxLength(JobNameMaxLength);
            e.Property(s => s.State).HasColumnName("state").HasMaxLength(JobStateMaxLength);
            e.Property(s => s.Cursor).HasColumnName("cursor");
            e.Property(s => s.LastStarted).HasColumnName("last_started");
            e.Property(s => s.LastFinished).HasColumnName("last_finished");
            e.Property(s => s.LastError).HasColumnName("last_error");
            e.Property(s => s.Updated).HasColumnName("updated");
        });

        modelBuilder.Entity<JobLeaseRecord>(e =>
        {
            e.ToTable("job_lease");
            e.HasKey(l => l.Job).HasName("pk_job_lease");
            e.Property(l => l.Job).HasColumnName("job").HasMaxLength(JobNameMaxLength);
            e.Property(l => l.Holder).HasColumnName("holder").HasMaxLength(HolderMaxLength);
            e.Property(l => l.LeasedUntil).HasColumnName("leased_until");
        });

        modelBuilder.Entity<MinLogOutboxRecord>(e =>
        {
            e.ToTable("minlog_outbox");
            e.HasKey(o => o.Id).HasName("pk_minlog_outbox");
            e.Property(o => o.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(o => o.RegKode).HasColumnName("regkode").HasMaxLength(36);
            e.HasAlternateKey(o => o.RegKode).HasName("unique_minlog_outbox_regkode");
            e.Property(o => o.CprNrBorger).HasColumnName("cprnrborger").HasMaxLength(10);
            e.Property(o => o.Bruger).HasColumnName("bruger").HasMaxLength(20);
            e.Property(o => o.Ansvarlig).HasColumnName("ansvarlig").HasMaxLength(20);
            e.Property(o => o.OrgUsingId).HasColumnName("orgusingid").HasMaxLength(25);
            e.Property(o => o.OrgUsingName).HasColumnName("orgusingname").HasMaxLength(256);
            e.Property(o => o.SystemName).HasColumnName("systemname").HasMaxLength(25);
            e.Property(o => o.Handling).HasColumnName("handling").HasMaxLength(75);
            e.Property(o => o.SessionId).HasColumnName("sessionid").HasMaxLength(46);
            e.Property(o => o.Tidspunkt).HasColumnName("tidspunkt");
            e.Property(o => o.Created).HasColumnName("created");
        });

        modelBuilder.Entity<QueueMessageRecord>(e =>
        {
            e.ToTable("queue_message");
            e.HasKey(m => m.Id).HasName("pk_queue_message");
            e.Property(m => m.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(m => m.Topic).HasColumnName("topic").HasMaxLength(TopicMaxLength);
            e.Property(m => m.MessageKey).HasColumnName("message_key").HasMaxLength(MessageKeyMaxLength);
            e.Property(m => m.Payload).HasColumnName("payload");
            e.Property(m => m.Headers).HasColumnName("headers");
            e.Property(m => m.Created).HasColumnName("created");
            e.HasIndex(m => new { m.Topic, m.Id }).HasDatabaseName("queue_message_topic_id_idx");
        });

        return modelBuilder;
    }

    /// <summary>Creates the shared tables exactly as <see cref="AddSharedServiceTables"/> models them. No schema:
    /// the connection's search_path puts them in the service's schema on PostgreSQL.</summary>
    public static void CreateSharedServiceTables(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "job_state",
            columns: t => new
            {
                job = t.Column<string>(maxLength: JobNameMaxLength, nullable: false),
                state = t.Column<string>(maxLength: JobStateMaxLength, nullable: false),
                cursor = t.Column<string>(nullable: true),
                last_started = t.Column<DateTime>(nullable: true),
                last_finished = t.Column<DateTime>(nullable: true),
                last_error = t.Column<string>(nullable: true),
                updated = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_job_state", x => x.job));

        migrationBuilder.CreateTable(
            name: "job_lease",
            columns: t => new
            {
                job = t.Column<string>(maxLength: JobNameMaxLength, nullable: false),
                holder = t.Column<string>(maxLength: HolderMaxLength, nullable: false),
                leased_until = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_job_lease", x => x.job));

        migrationBuilder.CreateTable(
            name: "minlog_outbox",
            columns: t => new
            {
                id = t.Column<long>(nullable: false).AsIdentity(),
                regkode = t.Column<string>(maxLength: 36, nullable: false),
                cprnrborger = t.Column<string>(maxLength: 10, nullable: false),
                bruger = t.Column<string>(maxLength: 20, nullable: true),
                ansvarlig = t.Column<string>(maxLength: 20, nullable: true),
                orgusingid = t.Column<string>(maxLength: 25, nullable: true),
                orgusingname = t.Column<string>(maxLength: 256, nullable: true),
                systemname = t.Column<string>(maxLength: 25, nullable: true),
                handling = t.Column<string>(maxLength: 75, nullable: true),
                sessionid = t.Column<string>(maxLength: 46, nullable: true),
                tidspunkt = t.Column<DateTime>(nullable: false),
                created = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_minlog_outbox", x => x.id);
                t.UniqueConstraint("unique_minlog_outbox_regkode", x => x.regkode);
            });

        migrationBuilder.CreateTable(
            name: "queue_message",
            columns: t => new
            {
                id = t.Column<long>(nullable: false).AsIdentity(),
                topic = t.Column<string>(maxLength: TopicMaxLength, nullable: false),
                message_key = t.Column<string>(maxLength: MessageKeyMaxLength, nullable: false),
                payload = t.Column<string>(nullable: false),
                headers = t.Column<string>(nullable: false),
                created = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_queue_message", x => x.id));

        migrationBuilder.CreateIndex(
            name: "queue_message_topic_id_idx",
            table: "queue_message",
            columns: ["topic", "id"]);
    }

    /// <summary>Drops the shared tables, newest first (a migration's Down).</summary>
    public static void DropSharedServiceTables(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "queue_message", "minlog_outbox", "job_lease", "job_state" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
