namespace Nsp.Tests.Integration.Hostile;

/// <summary>A valid signed request of one IDSAS operation, as a client sends it: the raw material of the hostile cases.</summary>
/// <param name="Operation">The operation's name, e.g. <c>CreateBlurring</c>; its answer is <c>{Operation}Response</c>.</param>
/// <param name="Namespace">The contract namespace of the request and response elements.</param>
/// <param name="Envelope">The whole SOAP 1.1 envelope, UTF-8 declared, the signed card copied in as text.</param>
public sealed record HostileBaseRequest(string Operation, string Path, string Namespace, string Envelope)
{
    /// <summary>The SOAPAction the WSDL gives the operation.</summary>
    public string WsdlAction => Namespace.TrimEnd('/') + "#" + Operation;
}
