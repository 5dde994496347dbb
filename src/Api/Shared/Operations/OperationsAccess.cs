using Nsp.Application.Shared;
using Nsp.Application.Shared.Audit;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Operations;

/// <summary>Who may call an operations URL, and how such a call is audited. Both the endpoint filter (which refuses)
/// and the audit middleware (which must open the refusal's record before the endpoint runs) ask here, so they
/// cannot disagree.</summary>
public static class OperationsAccess
{
    /// <summary>The audit component and context of operations calls; the context holds <see cref="ClientAddressKey"/>.</summary>
    public const string AuditContext = "operations";

    public const string ClientAddressKey = "client-address";
    public const string JobKey = "job";
    public const string OutcomeKey = "outcome";
    public const string ProcessedKey = "processed";
    public const string BatchesKey = "batches";

    /// <summary>The <see cref="OutcomeKey"/> of a refused call.</summary>
    public const string RefusedOutcome = "REFUSED";

    /// <summary>The fallback service name of the category when a path names no known part.</summary>
    private const string UnknownPart = "operations";

    /// <summary>True unless the endpoint is an operations URL and the caller's address is not allowed. A connection
    /// without an IP address (the in-process test server, a Unix domain socket) can only come from this host, and
    /// is allowed like loopback.</summary>
    public static bool IsAllowed(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.GetEndpoint()?.Metadata.GetMetadata<OperationsEndpoint>() is null
            || context.Connection.RemoteIpAddress is not { } address)
        {
            return true;
        }

        var allowList = context.RequestServices.GetService<OperationsClientAllowList>() ?? OperationsClientAllowList.Loopback;
        return allowList.Allows(address);
    }

    /// <summary>The audit category of this call when it is an operations call that is audited (every trigger, every
    /// refusal), otherwise null.</summary>
    public static string? AuditCategory(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var operations = context.GetEndpoint()?.Metadata.GetMetadata<OperationsEndpoint>();
        if (operations is null || (!operations.AuditEveryCall && IsAllowed(context)))
        {
            return null;
        }

        return AuditRecord.CategoryFor(ServiceKeyOf(context.Request.Path));
    }

    /// <summary>The audit component of an operations call: the service's name in capitals (<c>IDSAS</c>), as the
    /// service's own calls are audited.</summary>
    public static string AuditComponent(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
#pragma warning disable CA1308 // Not normalising: the NSP components are the services' names in capitals.
        return ServiceKeyOf(context.Request.Path).ToUpperInvariant();
#pragma warning restore CA1308
    }

    /// <summary>The call's operations context in its open audit record (null when the call is not audited), with
    /// the caller's address.</summary>
    public static AuditContextEntry? AuditEntry(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var record = context.RequestServices.GetService<IAuditRecordAccessor>()?.Current;
        return record?.Component(AuditComponent(context)).Context(AuditContext)
            .Set(ClientAddressKey, AuditInformationType.NPI, ClientAddress(context));
    }

    /// <summary>The caller's address as logs and audit lines show it (IPv4-mapped addresses as IPv4), or <c>local</c>.</summary>
    public static string ClientAddress(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress is not { } address ? "local"
            : address.IsIPv4MappedToIPv6 ? address.MapToIPv4().ToString()
            : address.ToString();
    }

    // Every URL starts with its part's name (/idsas-operations/..., /odr-operations/...), which names the service.
    private static string ServiceKeyOf(PathString path)
    {
        var value = path.Value ?? string.Empty;
        var segment = value.TrimStart('/').Split('/', 2)[0];
        return NspDeployables.IsKnown(segment) ? NspDeployables.ServiceOf(segment).Key() : UnknownPart;
    }
}
