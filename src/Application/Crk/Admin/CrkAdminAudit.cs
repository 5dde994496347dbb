using System.Globalization;
using Nsp.Application.Shared.Audit;

namespace Nsp.Application.Crk.Admin;

/// <summary>The audit keys of CRK's admin calls (ours, DESIGN 4.3): component <c>CRK</c>, one context per operation,
/// every key NPI (endpoint configuration holds no personal data).</summary>
public static class CrkAdminAudit
{
    public const string Component = "CRK";
    public const string ActionIdKey = "action-id";
    public const string ProxyOverrideKey = "proxy-override";
    public const string ActiveKey = "active";
    public const string OverrideIdKey = "override-id";
    public const string OverrideNameKey = "override-name";
    public const string NodeKey = "node";
    public const string ConfigIdKey = "config-id";

    public static AuditContextEntry Context(AuditRecord audit, string operation)
    {
        ArgumentNullException.ThrowIfNull(audit);
        return audit.Component(Component).Context(operation);
    }

    public static string Text(bool? value) => value switch
    {
        true => "true",
        false => "false",
        null => string.Empty,
    };

    public static string Text(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
