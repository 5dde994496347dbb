namespace Nsp.Application.Odr.Access;

/// <summary>An ODR request that <see cref="OdrAccessBehavior{TRequest,TResponse}"/> checks against the access
/// matrix (DESIGN 5.2, ADR 0030) and whose audit context gets the actor keys.</summary>
public interface IOdrAccessControlled : IOdrRequest
{
    OdrOperation Operation { get; }

    /// <summary>The CPR the request is about, as sent (a citizen may only name their own).</summary>
    string? Id { get; }

    /// <summary>True when the call arrived at <c>/odr/odrAdmin</c>; the SOAP layer sets it by endpoint.</summary>
    bool Admin { get; }

    string AuditContext { get; }
}
