using System.Xml;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>
/// What every answer to a hostile request must be. Accepted HTTP statuses:
/// <list type="bullet">
/// <item>200 to a POST: a SOAP 1.1 envelope whose Body holds exactly the operation's <c>{Operation}Response</c> in the
/// request element's namespace, and
/// only when no operator made the message unacceptable (<see cref="HostileCase.MustBeRefused"/>);</item>
/// <item>500 to a POST: a SOAP 1.1 Fault with <c>faultcode</c> soap:Client, a <c>faultstring</c> and a DGWS
/// <c>detail/medcom:FaultCode</c>. A soap:Server fault is a failure here: the run's dependencies (database, salt,
/// PersonInformation file) are all up, so only an internal error could cause one;</item>
/// <item>405 to any other method: the <c>illegal_http_method</c> fault with <c>Allow: POST</c>.</item>
/// </list>
/// 400 and 413 are not accepted: the gateway reads the body itself and answers size and framing problems with a
/// <c>syntax_error</c> fault (ADR 0010), and the in-process server sets no limits of its own that could answer first.
/// </summary>
public static class HostileOracle
{
    private static readonly HashSet<string> DgwsFaultCodes =
    [
        "syntax_error", "missing_required_header", "security_level_failed", "invalid_username_password", "invalid_signature",
        "invalid_idcard", "invalid_certificate", "expired_idcard", "not_authorized", "illegal_http_method", "processing_problem",
        "nonrepudiation_not_supported",
    ];

    /// <summary>Null when the answer is acceptable, else why not. <paramref name="outcome"/> names the answer for the
    /// run's statistics (e.g. <c>500 syntax_error</c>).</summary>
    public static string? Judge(HostileCase request, int status, string? contentType, string? allow, byte[] body, out string outcome)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(body);
        outcome = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        bool post = request.Method == "POST";
        if (status is not (200 or 500 or 405))
        {
            return $"HTTP {status} is not an accepted status";
        }

        if (contentType is null || !contentType.StartsWith("text/xml", StringComparison.OrdinalIgnoreCase))
        {
            return $"HTTP {status} with Content-Type '{contentType}', not text/xml";
        }

        XmlElement answer;
        try
        {
            answer = BodyElement(body);
        }
        catch (XmlException exception)
        {
            return $"HTTP {status} without a well-formed SOAP envelope: {exception.Message}";
        }

        if (status == 200)
        {
            outcome = "200 " + answer.LocalName;
            if (!post)
            {
                return "HTTP 200 to " + request.Method;
            }

            if (request.MustBeRefused)
            {
                return "HTTP 200 to a message that must be refused";
            }

            // The answer is in the namespace of the request element the server read (lookup serves both versions').
            string requested;
            try
            {
                requested = SoapEnvelopeReader.Parse(request.Payload, request.Payload.Length, SoapVersion.Soap11, SoapParsingLimits.Default).Operation.NamespaceURI;
            }
            catch (Exception exception) when (exception is XmlException or SoapFaultException)
            {
                return "HTTP 200 to a message the gateway's own reader refuses: " + exception.Message;
            }

            string expected = request.Base.Operation + "Response";
            return answer.LocalName == expected && answer.NamespaceURI == requested
                ? null
                : $"HTTP 200 with {{{answer.NamespaceURI}}}{answer.LocalName}, not {{{requested}}}{expected}";
        }

        if (answer.LocalName != "Fault" || answer.NamespaceURI != SoapNamespaces.Soap11)
        {
            return $"HTTP {status} without a SOAP Fault but {answer.Name}";
        }

        string? faultCode = Text(answer, "faultcode");
        string? faultString = Text(answer, "faultstring");
        string? dgwsCode = answer["detail"]?.GetElementsByTagName("FaultCode", SoapNamespaces.Medcom).OfType<XmlElement>().SingleOrDefault()?.InnerText;
        outcome = $"{status} {dgwsCode}";
        if (faultString == SoapFaultMapper.InternalErrorMessage)
        {
            return "an internal error (an unhandled exception reached the gateway's catch-all)";
        }

        if (string.IsNullOrWhiteSpace(faultString))
        {
            return "a fault without faultstring";
        }

        if (dgwsCode is null || !DgwsFaultCodes.Contains(dgwsCode))
        {
            return $"a fault without a DGWS detail/medcom:FaultCode ('{dgwsCode}')";
        }

        if (!IsSoapQName(answer, faultCode, "Client"))
        {
            return $"faultcode '{faultCode}' where soap:Client is expected ({dgwsCode}: {faultString})";
        }

        if (status == 405)
        {
            return !post && dgwsCode == "illegal_http_method" && allow == "POST" ? null : $"HTTP 405 to {request.Method} with {dgwsCode}, Allow '{allow}'";
        }

        return post ? null : $"HTTP 500 to {request.Method}: expected 405";
    }

    private static XmlElement BodyElement(byte[] body)
    {
        var document = new XmlDocument { XmlResolver = null };
        using (var stream = new MemoryStream(body))
        using (var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            document.Load(reader);
        }

        var envelope = document.DocumentElement;
        if (envelope is not { LocalName: "Envelope", NamespaceURI: SoapNamespaces.Soap11 })
        {
            throw new XmlException("the document element is not a SOAP 1.1 Envelope");
        }

        var soapBody = envelope.ChildNodes.OfType<XmlElement>().SingleOrDefault(e => e.LocalName == "Body" && e.NamespaceURI == SoapNamespaces.Soap11)
            ?? throw new XmlException("no single soap:Body");
        var children = soapBody.ChildNodes.OfType<XmlElement>().ToList();
        return children.Count == 1 ? children[0] : throw new XmlException($"soap:Body holds {children.Count} elements");
    }

    private static string? Text(XmlElement fault, string localName) =>
        fault.ChildNodes.OfType<XmlElement>().SingleOrDefault(e => e.LocalName == localName && e.NamespaceURI.Length == 0)?.InnerText;

    private static bool IsSoapQName(XmlElement context, string? qname, string localName)
    {
        if (qname is null)
        {
            return false;
        }

        int colon = qname.IndexOf(':', StringComparison.Ordinal);
        string prefix = colon < 0 ? string.Empty : qname[..colon];
        return qname[(colon + 1)..] == localName && context.GetNamespaceOfPrefix(prefix) == SoapNamespaces.Soap11;
    }
}
