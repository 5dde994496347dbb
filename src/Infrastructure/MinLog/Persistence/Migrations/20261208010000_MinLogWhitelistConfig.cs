using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nsp.Infrastructure.MinLog.Persistence.Migrations;

/// <summary>The seed's <c>whitelist_config</c> in MinLog's schema (callers of lookup, <c>minlogws</c>, and of
/// registration, <c>dk.nsi.minlog.registration</c>). Hand-written and additive (ADR 0004, 0038).</summary>
[DbContext(typeof(MinLogDbContext))]
[Migration("20261208010000_MinLogWhitelistConfig")]
public sealed class MinLogWhitelistConfig : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "whitelist_config",
            columns: t => new
            {
                service_key = t.Column<string>(maxLength: 50, nullable: false),
                service_type = t.Column<string>(maxLength: 20, nullable: false),
                cvr = t.Column<string>(maxLength: 8, nullable: false),
                comment = t.Column<string>(maxLength: 100, nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_whitelist_config", x => new { x.service_key, x.service_type, x.cvr }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("whitelist_config");
    }
}
