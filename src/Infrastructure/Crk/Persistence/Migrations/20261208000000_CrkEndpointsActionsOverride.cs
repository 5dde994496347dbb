using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Crk.Persistence.Migrations;

/// <summary>CRK's own tables (seed 003, lowercase): <c>endpoints</c> with <c>ix_ep_1</c> (unique configid, version),
/// <c>ix_ep_2</c> and <c>ix_ep_3</c>; <c>actions</c> with <c>ix_act_1</c> and the foreign keys <c>act_ep1</c> and
/// <c>act_ep2</c>; <c>override</c>; and the view <c>dccconfig</c> (ours, DESIGN 5.4), written in SQL both providers
/// read. Hand-written and additive (ADR 0004).</summary>
[DbContext(typeof(CrkDbContext))]
[Migration("20261208000000_CrkEndpointsActionsOverride")]
public sealed class CrkEndpointsActionsOverride : Migration
{
    /// <summary>Active endpoint versions × their active actions, the proxy flag as operations override it.</summary>
    public const string CreateDccConfigView = """
        CREATE VIEW dccconfig AS
        SELECT e.id AS endpointid, e.configid AS configid, e.name AS name, e.url AS url, e.externaltime AS externaltime,
               e.version AS version, e.createdtime AS createdtime, a.id AS actionid, a.name AS actionname, a.model AS model,
               a.timeout AS timeout, COALESCE(a.proxyoverride, a.useproxy) AS useproxy, a.idcardmaxage AS idcardmaxage,
               a.inheritedendpoint AS inheritedendpoint
        FROM endpoints e
        JOIN actions a ON a.endpointid = e.id
        WHERE e.active AND a.active
        """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "endpoints",
            columns: t => new
            {
                id = t.Column<long>(nullable: false).AsIdentity(),
                configid = t.Column<string>(maxLength: 255, nullable: false),
                name = t.Column<string>(maxLength: 255, nullable: false),
                url = t.Column<string>(maxLength: 4096, nullable: false),
                lastmodified = t.Column<DateTime>(nullable: false),
                externaltime = t.Column<DateTime>(nullable: false),
                createdtime = t.Column<DateTime>(nullable: false),
                version = t.Column<long>(nullable: false),
                active = t.Column<bool>(nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_endpoints", x => x.id));
        migrationBuilder.CreateIndex(name: "ix_ep_1", table: "endpoints", columns: ["configid", "version"], unique: true);
        migrationBuilder.CreateIndex(name: "ix_ep_2", table: "endpoints", column: "active");
        migrationBuilder.CreateIndex(name: "ix_ep_3", table: "endpoints", column: "createdtime");

        migrationBuilder.CreateTable(
            name: "actions",
            columns: t => new
            {
                id = t.Column<long>(nullable: false).AsIdentity(),
                endpointid = t.Column<long>(nullable: false),
                inheritedendpoint = t.Column<long>(nullable: true),
                name = t.Column<string>(maxLength: 4096, nullable: false),
                timeout = t.Column<long>(nullable: false),
                model = t.Column<string>(maxLength: 255, nullable: false),
                active = t.Column<bool>(nullable: false, defaultValue: false),
                idcardmaxage = t.Column<int>(nullable: true),
                useproxy = t.Column<bool>(nullable: false),
                proxyoverride = t.Column<bool>(nullable: true),
            },
            constraints: t =>
            {
                t.PrimaryKey("pk_actions", x => x.id);
                t.ForeignKey(name: "act_ep1", column: x => x.endpointid, principalTable: "endpoints", principalColumn: "id", onDelete: ReferentialAction.Restrict);
                t.ForeignKey(name: "act_ep2", column: x => x.inheritedendpoint, principalTable: "endpoints", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "ix_act_1", table: "actions", columns: ["endpointid", "active"]);
        migrationBuilder.CreateIndex(name: "ix_act_2", table: "actions", column: "inheritedendpoint");

        migrationBuilder.CreateTable(
            name: "override",
            columns: t => new
            {
                id = t.Column<long>(nullable: false).AsIdentity(),
                name = t.Column<string>(maxLength: 255, nullable: false),
                node = t.Column<string>(maxLength: 255, nullable: true),
                serviceurl = t.Column<string>(maxLength: 255, nullable: true),
                useproxy = t.Column<bool>(nullable: true),
                timeout = t.Column<long>(nullable: true),
                idcardmaxage = t.Column<int>(nullable: true),
                donotverifysslhostname = t.Column<bool>(nullable: true),
                wsaheadersprocessing = t.Column<string>(maxLength: 32, nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_override", x => x.id));
        migrationBuilder.CreateIndex(name: "ix_override_name", table: "override", column: "name");

        migrationBuilder.Sql(CreateDccConfigView);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql("DROP VIEW dccconfig");
        foreach (var table in new[] { "override", "actions", "endpoints" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
