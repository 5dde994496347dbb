namespace Nsp.Application.Shared.Security;

/// <summary>The SOAP header values that audit and MinLog record (DGWS medcom:Header, SAML, WS-Addressing).</summary>
public sealed record SoapHeaderValues(
    string? FlowId = null,
    string? MessageId = null,
    string? Issuer = null,
    string? NameId = null,
    string? WsaAction = null,
    string? WsaMessageId = null,
    string? WsaTo = null)
{
    public static SoapHeaderValues None { get; } = new();
}
