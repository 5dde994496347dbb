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
    Func<SoapCall, CancellationToken, Task<SoapResponseBody>> Handler)
{
    /// <summary>Further actions that name this operation (e.g. a WSDL's versioned operation name), so that one naming
    /// another operation of the endpoint is refused like its WSDL action would be.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The bare operation name: the WSDL action's last segment (after the last <c>#</c>, <c>/</c> or <c>:</c>), or the
    /// request element's name without <c>Request</c> when there is no action.</summary>
    public string Name { get; } = NameOf(Element, SoapAction);

    /// <summary>True for this operation's WSDL action, its bare name and its <see cref="Aliases"/>.</summary>
    public bool IsNamedBy(string statedAction) =>
        string.Equals(statedAction, SoapAction, StringComparison.Ordinal) || string.Equals(statedAction, Name, StringComparison.Ordinal)
        || Aliases.Contains(statedAction, StringComparer.Ordinal);

    private static string NameOf(XmlQualifiedName element, string? soapAction)
    {
        if (!string.IsNullOrEmpty(soapAction))
        {
            int separator = soapAction.LastIndexOfAny(['#', '/', ':']);
            if (separator >= 0 && separator < soapAction.Length - 1)
            {
                return soapAction[(separator + 1)..];
            }
        }

        string name = element.Name;
        return name.EndsWith("Request", StringComparison.Ordinal) && name.Length > "Request".Length ? name[..^"Request".Length] : name;
    }
}
