using System.Xml;
using Nsp.Application.Shared.Security;

namespace Nsp.Api.Shared.Soap;

/// <summary>What an operation's handler gets: the request element from the Body, the verified caller, the header
/// values and the call's request-scoped services (resolve <c>IMediator</c> from them).</summary>
public sealed class SoapCall
{
    internal SoapCall(
        XmlElement body,
        SecurityContext? security,
        SoapHeaderValues headers,
        SoapVersion version,
        IServiceProvider services)
    {
        Body = body;
        Security = security;
        Headers = headers;
        Version = version;
        Services = services;
    }

    /// <summary>The operation's request element (the Body's one child), in a document parsed with whitespace kept.</summary>
    public XmlElement Body { get; }

    /// <summary>The verified caller; null only on endpoints with <see cref="SoapSecurity.None"/>.</summary>
    public SecurityContext? Security { get; }

    /// <summary>FlowID, MessageID, Issuer, NameID and WS-Addressing values, as in the audit line.</summary>
    public SoapHeaderValues Headers { get; }

    public SoapVersion Version { get; }

    /// <summary>The call's request scope.</summary>
    public IServiceProvider Services { get; }

    public XmlQualifiedName Operation => new(Body.LocalName, Body.NamespaceURI);
}
