using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Nsp.Infrastructure.MinLog.Persistence.Migrations;

/// <summary>MinLog2 registration (ADR 0037): nullable <c>logentry</c> columns for the contract's fields the seed's
/// table lacks. Additive and hand-written (ADR 0004).</summary>
[DbContext(typeof(MinLogDbContext))]
[Migration("20261207230000_MinLogRegistrationFields")]
public sealed class MinLogRegistrationFields : Migration
{
    private static readonly (string Name, int? MaxLength)[] TextColumns =
    [
        ("reason", 50), ("addition", 50), ("criticality", 50), ("orgusingidsource", 200), ("personidsource", 200),
        ("personname", 50), ("userpersonidsource", 200), ("userpersonname", 50), ("userrole", 200),
        ("onbehalfofpersonidsource", 200), ("onbehalfofpersonname", 50), ("onbehalfofuserrole", 200),
        ("filters", 4000), ("sourcechain", 4000),
    ];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var (name, maxLength) in TextColumns)
        {
            migrationBuilder.AddColumn<string>(name: name, table: "logentry", maxLength: maxLength, nullable: true);
        }

        migrationBuilder.AddColumn<DateTime>(name: "todatetime", table: "logentry", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "todatetime", table: "logentry");
        foreach (var (name, _) in TextColumns)
        {
            migrationBuilder.DropColumn(name: name, table: "logentry");
        }
    }
}
