using Microsoft.EntityFrameworkCore;
using Nsp.Domain.Crk;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Crk.Persistence;

/// <summary>CRK's database (schema <c>crk</c>): the seed's <c>endpoints</c>, <c>actions</c> and <c>override</c> tables
/// (lowercase, DESIGN 4.9) with the seed's indexes and foreign keys, the <c>dccconfig</c> view (migration only: EF
/// never builds it) and the shared per-service tables (job state and lease, MinLog outbox, DATABASE queue).</summary>
public sealed class CrkDbContext : ServiceDbContext
{
    public const string DefaultSchema = "crk";

    public const string DccConfigView = "dccconfig";

    public CrkDbContext(DbContextOptions<CrkDbContext> options)
        : base(options)
    {
    }

    public DbSet<EndpointVersion> Endpoints => Set<EndpointVersion>();

    public DbSet<EndpointAction> Actions => Set<EndpointAction>();

    public DbSet<NodeOverride> Overrides => Set<NodeOverride>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<EndpointVersion>(e =>
        {
            e.ToTable("endpoints");
            e.HasKey(v => v.Id).HasName("pk_endpoints");
            e.Property(v => v.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(v => v.ConfigId).HasColumnName("configid").HasMaxLength(EndpointVersion.ConfigIdMaxLength);
            e.Property(v => v.Name).HasColumnName("name").HasMaxLength(EndpointVersion.NameMaxLength);
            e.Property(v => v.Url).HasColumnName("url").HasMaxLength(EndpointVersion.UrlMaxLength);
            e.Property(v => v.LastModified).HasColumnName("lastmodified");
            e.Property(v => v.ExternalTime).HasColumnName("externaltime");
            e.Property(v => v.CreatedTime).HasColumnName("createdtime");
            e.Property(v => v.Version).HasColumnName("version");
            e.Property(v => v.Active).HasColumnName("active");
            e.HasIndex(v => new { v.ConfigId, v.Version }).IsUnique().HasDatabaseName("ix_ep_1");
            e.HasIndex(v => v.Active).HasDatabaseName("ix_ep_2");
            e.HasIndex(v => v.CreatedTime).HasDatabaseName("ix_ep_3");
        });

        modelBuilder.Entity<EndpointAction>(e =>
        {
            e.ToTable("actions");
            e.HasKey(a => a.Id).HasName("pk_actions");
            e.Property(a => a.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(a => a.EndpointId).HasColumnName("endpointid");
            e.Property(a => a.InheritedEndpoint).HasColumnName("inheritedendpoint");
            e.Property(a => a.Name).HasColumnName("name").HasMaxLength(EndpointAction.NameMaxLength);
            e.Property(a => a.Timeout).HasColumnName("timeout");
            e.Property(a => a.Model).HasColumnName("model").HasMaxLength(EndpointAction.ModelMaxLength);
            e.Property(a => a.Active).HasColumnName("active");
            e.Property(a => a.IdCardMaxAge).HasColumnName("idcardmaxage");
            e.Property(a => a.UseProxy).HasColumnName("useproxy");
            e.Property(a => a.ProxyOverride).HasColumnName("proxyoverride");
            e.Ignore(a => a.EffectiveUseProxy);
            e.HasIndex(a => new { a.EndpointId, a.Active }).HasDatabaseName("ix_act_1");
            // The seed's act_ep2 needs an index of its own on PostgreSQL to keep deletes of old versions cheap.
            e.HasIndex(a => a.InheritedEndpoint).HasDatabaseName("ix_act_2");
            e.HasOne<EndpointVersion>().WithMany().HasForeignKey(a => a.EndpointId).HasConstraintName("act_ep1").OnDelete(DeleteBehavior.Restrict);
            e.HasOne<EndpointVersion>().WithMany().HasForeignKey(a => a.InheritedEndpoint).HasConstraintName("act_ep2").OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<NodeOverride>(e =>
        {
            e.ToTable("override");
            e.HasKey(o => o.Id).HasName("pk_override");
            e.Property(o => o.Id).HasColumnName("id").UseProviderNeutralIdentity();
            e.Property(o => o.Name).HasColumnName("name").HasMaxLength(NodeOverride.NameMaxLength);
            e.Property(o => o.Node).HasColumnName("node").HasMaxLength(NodeOverride.NodeMaxLength);
            e.Property(o => o.ServiceUrl).HasColumnName("serviceurl").HasMaxLength(NodeOverride.ServiceUrlMaxLength);
            e.Property(o => o.UseProxy).HasColumnName("useproxy");
            e.Property(o => o.Timeout).HasColumnName("timeout");
            e.Property(o => o.IdCardMaxAge).HasColumnName("idcardmaxage");
            e.Property(o => o.DoNotVerifySslHostname).HasColumnName("donotverifysslhostname");
            e.Property(o => o.WsaHeadersProcessing).HasColumnName("wsaheadersprocessing").HasMaxLength(NodeOverride.WsaHeadersProcessingMaxLength);
            // The DCC view looks rows up by endpoint name.
            e.HasIndex(o => o.Name).HasDatabaseName("ix_override_name");
        });
    }
}
