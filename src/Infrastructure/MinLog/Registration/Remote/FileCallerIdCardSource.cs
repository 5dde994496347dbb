using System.Xml;

namespace Nsp.Infrastructure.MinLog.Registration.Remote;

/// <summary>The system card an operator's STS client keeps in a file (<c>minlog.registration.idcard.file</c>): read
/// on every send, so a renewed card is used at once. The file must hold one SOSI <c>saml:Assertion</c>.</summary>
public sealed class FileCallerIdCardSource(string path) : ICallerIdCardSource
{
    private const string Saml = "urn:oasis:names:tc:SAML:2.0:assertion";

    public async Task<string> SignedAssertionAsync(CancellationToken cancellationToken)
    {
        string text = await File.ReadAllTextAsync(path, cancellationToken);
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            document.Load(reader);
        }

        var root = document.DocumentElement;
        if (root is null || root.LocalName != "Assertion" || root.NamespaceURI != Saml)
        {
            throw new InvalidOperationException($"{path} (minlog.registration.idcard.file) does not hold a saml:Assertion.");
        }

        return root.OuterXml;
    }
}
