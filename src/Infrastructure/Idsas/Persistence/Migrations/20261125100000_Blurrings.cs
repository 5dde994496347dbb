using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Idsas.Persistence.Migrations;

/// <summary>IDSAS's own tables (seed 000, lowercase): blurring, org_blurring, salt, whitelist, dead_letter.
/// Hand-written and additive (ADR 0004).</summary>
[DbContext(typeof(IdsasDbContext))]
[Migration("20261125100000_Blurrings")]
public sealed class Blurrings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "blurring",
            columns: t => new
            {
                id = t.Column<long>(nullable: false).AsIdentity(),
                patient_id = t.Column<string>(maxLength: 10, nullable: false),
                patient_id_hashed = t.Column<string>(maxLength: 64, nullable: true),
                cvr = t.Column<string>(maxLength: 8, nullable: false),
                end_date = t.Column<DateTime>(nullable: false),
                created = t.Column<DateTime>(nullable: false),
                updated = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_blurring", x => x.id));
        migrationBuilder.CreateIndex(
            name: "blurring_patient_id_cvr_idx", table: "blurring", columns: ["patient_id", "cvr"], unique: true);
        migrationBuilder.CreateIndex(name: "blurring_patient_id_hashed_idx", table: "blurring", column: "patient_id_hashed");
        migrationBuilder.CreateIndex(name: "blurring_end_date_idx", table: "blurring", column: "end_date");

        migrationBuilder.CreateTable(
            name: "org_blurring",
            columns: t => new
            {
                id = t.Column<long>(nullable: false).AsIdentity(),
                org_id = t.Column<string>(maxLength: 30, nullable: false),
                classification = t.Column<string>(maxLength: 4, nullable: false),
                created = t.Column<DateTime>(nullable: false),
                removed_at = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_org_blurring", x => x.id));
        migrationBuilder.CreateIndex(
            name: "org_blurring_org_id_classification_idx", table: "org_blurring", columns: ["org_id", "classification"]);
        migrationBuilder.CreateIndex(name: "org_blurring_removed_at_idx", table: "org_blurring", column: "removed_at");

        migrationBuilder.CreateTable(
            name: "salt",
            columns: t => new
            {
                id = t.Column<long>(nullable: false).AsIdentity(),
                value = t.Column<string>(maxLength: 44, nullable: false),
                created = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_salt", x => x.id));
        migrationBuilder.CreateIndex(name: "salt_created_idx", table: "salt", column: "created");

        migrationBuilder.CreateTable(
            name: "whitelist",
            columns: t => new
            {
                actor_id = t.Column<string>(maxLength: 100, nullable: false),
                type = t.Column<string>(maxLength: 30, nullable: false),
                note = t.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_whitelist", x => new { x.actor_id, x.type }));

        migrationBuilder.CreateTable(
            name: "dead_letter",
            columns: t => new
            {
                id = t.Column<long>(nullable: false).AsIdentity(),
                topic = t.Column<string>(maxLength: 200, nullable: false),
                position = t.Column<string>(maxLength: 100, nullable: false),
                message_key = t.Column<string>(maxLength: 200, nullable: false),
                payload = t.Column<string>(nullable: false),
                reason = t.Column<string>(maxLength: 1000, nullable: false),
                created = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_dead_letter", x => x.id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "dead_letter", "whitelist", "salt", "org_blurring", "blurring" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
