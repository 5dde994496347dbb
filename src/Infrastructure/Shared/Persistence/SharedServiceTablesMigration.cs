using Microsoft.EntityFrameworkCore.Migrations;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>A service's first migration: the shared per-service tables (<see cref="SharedServiceTables"/>). Each
/// service subclasses it only to carry EF's <c>[DbContext]</c> and <c>[Migration]</c> attributes, which EF needs on
/// the concrete type to find it. Hand-written (ADR 0004).</summary>
public abstract class SharedServiceTablesMigration : Migration
{
    protected sealed override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateSharedServiceTables();
    }

    protected sealed override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropSharedServiceTables();
    }
}
