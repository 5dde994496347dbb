using System.Xml;
using Nsp.Api.Shared.Security;

namespace Nsp.Api.Shared.Soap;

/// <summary>One operation of an endpoint: the request element that selects it, the action a client may state for it
/// (SOAPAction, the SOAP 1.2 <c>action</c> parameter or <c>wsa:Action</c>), the action of its answer, what it demands
/// of the caller's card, and its handler.</summary>
internal sealed record SoapOperation(
    XmlQualifiedName Element,
    string? SoapAction,
    string? ResponseAction,
    IdCardRequirements Requirements,
    Func<SoapCall, CancellationToken, Task<SoapResponseBody>> Handler);
