using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Odr.Persistence.Migrations;

/// <summary>ODR's shared per-service tables. Hand-written (ADR 0004).</summary>
[DbContext(typeof(OdrDbContext))]
[Migration("20261125090001_InitialOdr")]
public sealed class InitialOdr : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateSharedServiceTables();
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropSharedServiceTables();
    }
}
