using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nsp.Infrastructure.Idsas.Persistence.Migrations;

/// <summary>At most one active (not removed) org_blurring per department: a partial unique index on
/// (org_id, classification) WHERE removed_at IS NULL, which PostgreSQL and SQLite both have (ADR 0026). Additive;
/// duplicates that concurrent CreateOrgBlurring calls may have left are first marked removed at their own creation
/// (the oldest row stays active), since the index cannot be built over them.</summary>
[DbContext(typeof(IdsasDbContext))]
[Migration("20261207100000_OrgBlurringActiveUnique")]
public sealed class OrgBlurringActiveUnique : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(
            """
            UPDATE org_blurring SET removed_at = created
            WHERE removed_at IS NULL AND EXISTS (
                SELECT 1 FROM org_blurring older
                WHERE older.org_id = org_blurring.org_id AND older.classification = org_blurring.classification
                  AND older.removed_at IS NULL AND older.id < org_blurring.id)
            """);
        migrationBuilder.CreateIndex(
            name: IdsasDbContext.OrgBlurringActiveIndex,
            table: "org_blurring",
            columns: ["org_id", "classification"],
            unique: true,
            filter: "removed_at IS NULL");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropIndex(name: IdsasDbContext.OrgBlurringActiveIndex, table: "org_blurring");
    }
}
