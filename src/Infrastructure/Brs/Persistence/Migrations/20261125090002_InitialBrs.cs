using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Brs.Persistence.Migrations;

/// <summary>BRS's shared per-service tables. Hand-written (ADR 0004).</summary>
[DbContext(typeof(BrsDbContext))]
[Migration("20261125090002_InitialBrs")]
public sealed class InitialBrs : Migration
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
