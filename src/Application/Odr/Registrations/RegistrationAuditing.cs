using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared.Audit;
using Nsp.Domain.Odr.Registrations;

namespace Nsp.Application.Odr.Registrations;

/// <summary>Our audit keys of the registration messages (ADR 0030): <c>cpr</c> RPI; <c>permission-type</c> SPI and
/// <c>organ-permissions</c> SPI (the flags given, as <c>organ=true|false</c>).</summary>
public static class RegistrationAuditing
{
    public static AuditContextEntry Context(AuditRecord audit, string context)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return audit.Component(OdrAudit.Component).Context(context);
    }

    public static void DescribeCpr(AuditRecord audit, string context, string? id) =>
        Context(audit, context).Set(OdrAudit.Cpr, AuditInformationType.RPI, id);

    public static void DescribeContent(AuditRecord audit, string context, string? permissionType, OrganPermissions? organs) =>
        Context(audit, context)
            .Set(OdrAudit.PermissionType, AuditInformationType.SPI, permissionType)
            .AddValues(OdrAudit.OrganPermissions, AuditInformationType.SPI, OrganValues(organs ?? OrganPermissions.NoneGiven));

    public static IEnumerable<string> OrganValues(OrganPermissions organs)
    {
        ArgumentNullException.ThrowIfNull(organs);
        return organs.Flags()
            .Where(f => f.Value is not null)
            .Select(f => $"{f.Organ}={(f.Value!.Value ? "true" : "false")}");
    }
}
