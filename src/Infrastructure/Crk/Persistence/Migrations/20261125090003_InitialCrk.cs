using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Crk.Persistence.Migrations;

/// <summary>CRK's shared per-service tables. Hand-written (ADR 0004).</summary>
[DbContext(typeof(CrkDbContext))]
[Migration("20261125090003_InitialCrk")]
public sealed class InitialCrk : Migration
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
