namespace Nsp.Domain.Crk;

/// <summary>An endpoint as one DCC node sees it, overrides applied; the two pass-through values come only from an
/// override.</summary>
public sealed record DccEndpointView(
    string Name,
    Uri Url,
    DateTime ExternalTime,
    bool? DoNotVerifySslHostname,
    string? WsaHeadersProcessing,
    IReadOnlyList<DccAction> Actions);
