using System.Xml;
using Nsp.Application.Shared.Security;

namespace Nsp.Api.Shared.Soap;

/// <summary>A parsed request envelope: the document (whitespace preserved, as the signature check needs), the
/// operation element and what the headers state. Nothing here is verified; the ID card is checked later.</summary>
internal sealed class SoapRequestMessage
{
    public required XmlDocument Document { get; init; }

    /// <summary>The one element inside <c>Body</c>: it names the operation.</summary>
    public required XmlElement Operation { get; init; }

    public XmlElement? MedcomHeader { get; init; }

    public XmlElement? Security { get; init; }

    /// <summary>The <c>saml:Assertion</c> inside <c>wsse:Security</c>, when there is one.</summary>
    public XmlElement? Assertion { get; init; }

    public string? FlowId { get; init; }

    public string? MessageId { get; init; }

    public string? WsaAction { get; init; }

    public string? WsaMessageId { get; init; }

    public string? WsaTo { get; init; }

    /// <summary>The card's <c>saml:Issuer</c> as stated, for the audit line of a refused call.</summary>
    public string? StatedIssuer { get; init; }

    /// <summary>The card's <c>saml:Subject/saml:NameID</c> as stated, for the audit line of a refused call.</summary>
    public string? StatedNameId { get; init; }

    public XmlQualifiedName OperationName => new(Operation.LocalName, Operation.NamespaceURI);

    public SoapHeaderValues HeaderValues() =>
        new(FlowId, MessageId, StatedIssuer, StatedNameId, WsaAction, WsaMessageId, WsaTo);
}
