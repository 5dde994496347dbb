using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Odr.Persistence.Migrations;

/// <summary>ODR's own tables (seed 001, lowercase): organdonorregistration with at most one active row per CPR (a
/// partial unique index, as org_blurring's in ADR 0026), notificationdate, notificationperson. Hand-written and
/// additive (ADR 0004).</summary>
[DbContext(typeof(OdrDbContext))]
[Migration("20261207120000_OdrRegistrationsAndNotifications")]
public sealed class OdrRegistrationsAndNotifications : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "organdonorregistration",
            columns: t => new
            {
                id = t.Column<long>(nullable: false).AsIdentity(),
                cpr = t.Column<string>(maxLength: 10, nullable: false),
                permissiontype = t.Column<string>(maxLength: 25, nullable: false),
                permissionforheart = t.Column<bool>(nullable: true),
                permissionforlungs = t.Column<bool>(nullable: true),
                permissionforliver = t.Column<bool>(nullable: true),
                permissionforpancreas = t.Column<bool>(nullable: true),
                permissionforkidneys = t.Column<bool>(nullable: true),
                permissionforcornea = t.Column<bool>(nullable: true),
                permissionforsmallintestine = t.Column<bool>(nullable: true),
                permissionforskin = t.Column<bool>(nullable: true),
                requiresrelativeacceptance = t.Column<bool>(nullable: true),
                validfrom = t.Column<DateTime>(nullable: false),
                validto = t.Column<DateTime>(nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_organdonorregistration", x => x.id));
        migrationBuilder.CreateIndex(
            name: "organdonorregistration_cpr_validfrom_idx", table: "organdonorregistration", columns: ["cpr", "validfrom"]);
        migrationBuilder.CreateIndex(
            name: OdrDbContext.RegistrationActiveIndex, table: "organdonorregistration", column: "cpr", unique: true, filter: "validto IS NULL");

        migrationBuilder.CreateTable(
            name: "notificationdate",
            columns: t => new
            {
                date = t.Column<DateOnly>(nullable: false),
                status = t.Column<string>(maxLength: 10, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_notificationdate", x => x.date));
        migrationBuilder.CreateIndex(name: "notificationdate_status_idx", table: "notificationdate", column: "status");

        migrationBuilder.CreateTable(
            name: "notificationperson",
            columns: t => new
            {
                notificationpersonpid = t.Column<long>(nullable: false).AsIdentity(),
                date = t.Column<DateOnly>(nullable: false),
                cpr = t.Column<string>(maxLength: 10, nullable: false),
                decided = t.Column<bool>(nullable: true),
                messageid = t.Column<string>(maxLength: 64, nullable: true),
                status = t.Column<string>(maxLength: 10, nullable: false),
                sentatdatetime = t.Column<DateTime>(nullable: true),
                errormessage = t.Column<string>(maxLength: 2000, nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_notificationperson", x => x.notificationpersonpid));
        migrationBuilder.CreateIndex(
            name: "notificationperson_date_cpr_idx", table: "notificationperson", columns: ["date", "cpr"], unique: true);
        migrationBuilder.CreateIndex(
            name: "notificationperson_date_status_idx", table: "notificationperson", columns: ["date", "status"]);
        migrationBuilder.CreateIndex(name: "notificationperson_cpr_idx", table: "notificationperson", column: "cpr");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "notificationperson", "notificationdate", "organdonorregistration" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
