using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.MinLog.Persistence.Migrations;

/// <summary>MinLog's tables (seed 003, lowercased) and the shared per-service tables. Hand-written (ADR 0004).</summary>
[DbContext(typeof(MinLogDbContext))]
[Migration("20261125080000_InitialMinLog")]
public sealed class InitialMinLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "organisationname",
            columns: t => new
            {
                id = t.Column<int>(nullable: false).AsIdentity(),
                name = t.Column<string>(maxLength: 256, nullable: false),
                digest = t.Column<long>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_organisationname", x => x.id));

        migrationBuilder.CreateIndex(name: "organisation_name_digest_idx", table: "organisationname", column: "digest");

        migrationBuilder.CreateTable(
            name: "logentry",
            columns: t => new
            {
                id = t.Column<long>(nullable: false).AsIdentity(),
                regkode = t.Column<string>(maxLength: 36, nullable: false),
                cprnrborger = t.Column<string>(maxLength: 10, nullable: false),
                bruger = t.Column<string>(maxLength: 20, nullable: true),
                ansvarlig = t.Column<string>(maxLength: 20, nullable: true),
                orgusingid = t.Column<string>(maxLength: 25, nullable: true),
                orgusingname_id = t.Column<int>(nullable: true),
                systemname = t.Column<string>(maxLength: 25, nullable: true),
                handling = t.Column<string>(maxLength: 75, nullable: true),
                sessionid = t.Column<string>(maxLength: 46, nullable: true),
                tidspunkt = t.Column<DateTime>(nullable: false),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_logentry", x => x.id);
                t.UniqueConstraint("unique_constraint_regkode", x => x.regkode);
                t.ForeignKey(
                    name: "fk_logentry_organisationname",
                    column: x => x.orgusingname_id,
                    principalTable: "organisationname",
                    principalColumn: "id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "log_cpr_and_timestamp_index", table: "logentry", columns: ["cprnrborger", "tidspunkt"]);
        migrationBuilder.CreateIndex(name: "logentry_tidspunkt_idx", table: "logentry", column: "tidspunkt");
        migrationBuilder.CreateIndex(name: "logentry_orgusingname_id_idx", table: "logentry", column: "orgusingname_id");

        migrationBuilder.CreateTable(
            name: "status",
            columns: t => new
            {
                id = t.Column<int>(nullable: false),
                lastupdated = t.Column<DateTime>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_status", x => x.id));

        migrationBuilder.CreateSharedServiceTables();
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropSharedServiceTables();
        foreach (var table in new[] { "status", "logentry", "organisationname" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
