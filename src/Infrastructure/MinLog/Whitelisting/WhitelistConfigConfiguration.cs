using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Nsp.Domain.MinLog.Whitelisting;

namespace Nsp.Infrastructure.MinLog.Whitelisting;

/// <summary>The seed's <c>whitelist_config(service_key, service_type, cvr, comment)</c>, keyed by all three.</summary>
public sealed class WhitelistConfigConfiguration : IEntityTypeConfiguration<WhitelistConfigEntry>
{
    public void Configure(EntityTypeBuilder<WhitelistConfigEntry> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable("whitelist_config");
        builder.HasKey(w => new { w.ServiceKey, w.ServiceType, w.Cvr }).HasName("pk_whitelist_config");
        builder.Property(w => w.ServiceKey).HasColumnName("service_key").HasMaxLength(WhitelistConfigEntry.ServiceKeyMaxLength);
        builder.Property(w => w.ServiceType).HasColumnName("service_type").HasMaxLength(WhitelistConfigEntry.ServiceTypeMaxLength);
        builder.Property(w => w.Cvr).HasColumnName("cvr").HasMaxLength(WhitelistConfigEntry.CvrLength);
        builder.Property(w => w.Comment).HasColumnName("comment").HasMaxLength(WhitelistConfigEntry.CommentMaxLength);
    }
}
