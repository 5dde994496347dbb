using System.Globalization;
using System.Xml;

namespace Nsp.Api.Shared.Security;

/// <summary>
/// Writes DGWS messages around an unsigned SOSI ID card, laid out as real cards are (DESIGN.md 4.1a): the namespaces
/// declared on <c>soap:Envelope</c>, <c>soap:Header/wsse:Security/saml:Assertion id="IDCard"</c>, an empty
/// <c>soap:Body</c> for the caller to fill. Sign the card with <see cref="IdCardSigner"/>.
/// </summary>
public static class DgwsIdCardWriter
{
    /// <summary>A new envelope document (whitespace preserved) holding the unsigned card; returns the assertion.</summary>
    public static XmlElement CreateEnvelope(IdCardIssueRequest request)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        var envelope = document.CreateElement("soap", "Envelope", SosiNamespaces.Soap);
        document.AppendChild(envelope);
        Declare(envelope, "soap", SosiNamespaces.Soap);
        Declare(envelope, "wsse", SosiNamespaces.Wsse);
        Declare(envelope, "wsu", SosiNamespaces.Wsu);
        Declare(envelope, "ds", SosiNamespaces.Ds);
        Declare(envelope, "saml", SosiNamespaces.Saml);
        Declare(envelope, "sosi", SosiNamespaces.Sosi);
        Declare(envelope, "medcom", SosiNamespaces.Medcom);
        Declare(envelope, "xsi", SosiNamespaces.Xsi);
        var header = Append(envelope, "soap", "Header", SosiNamespaces.Soap);
        var security = Append(header, "wsse", "Security", SosiNamespaces.Wsse);
        var assertion = CreateAssertion(document, request);
        security.AppendChild(assertion);
        Append(envelope, "soap", "Body", SosiNamespaces.Soap);
        return assertion;
    }

    /// <summary>The unsigned <c>saml:Assertion</c>, created in <paramref name="document"/> but not attached.</summary>
    public static XmlElement CreateAssertion(XmlDocument document, IdCardIssueRequest request)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(request);
        var assertion = document.CreateElement("saml", "Assertion", SosiNamespaces.Saml);
        assertion.SetAttribute("IssueInstant", Zulu(request.NotBefore));
        assertion.SetAttribute("Version", "2.0");
        assertion.SetAttribute("id", SosiNamespaces.DgwsAssertionId);

        Append(assertion, "saml", "Issuer", SosiNamespaces.Saml).InnerText = request.Issuer;

        var subject = Append(assertion, "saml", "Subject", SosiNamespaces.Saml);
        var nameId = Append(subject, "saml", "NameID", SosiNamespaces.Saml);
        bool user = request.Kind == IdCardKind.User;
        nameId.SetAttribute("Format", user ? "medcom:cprnumber" : request.CareProviderIdFormat);
        nameId.InnerText = user ? request.UserCpr ?? string.Empty : request.CareProviderId;
        var confirmation = Append(subject, "saml", "SubjectConfirmation", SosiNamespaces.Saml);
        Append(confirmation, "saml", "ConfirmationMethod", SosiNamespaces.Saml).InnerText = "urn:oasis:names:tc:SAML:2.0:cm:holder-of-key";
        var confirmationData = Append(confirmation, "saml", "SubjectConfirmationData", SosiNamespaces.Saml);
        var keyInfo = Append(confirmationData, "ds", "KeyInfo", SosiNamespaces.Ds);
        Append(keyInfo, "ds", "KeyName", SosiNamespaces.Ds).InnerText = "OCESSignature";

        var conditions = Append(assertion, "saml", "Conditions", SosiNamespaces.Saml);
        conditions.SetAttribute("NotBefore", Zulu(request.NotBefore));
        conditions.SetAttribute("NotOnOrAfter", Zulu(request.NotOnOrAfter));

        var cardData = Statement(assertion, "IDCardData");
        Attribute(cardData, "sosi:IDCardID", request.IdCardId);
        Attribute(cardData, "sosi:IDCardVersion", request.IdCardVersion);
        Attribute(cardData, "sosi:IDCardType", user ? "user" : "system");
        Attribute(cardData, "sosi:AuthenticationLevel", request.AuthenticationLevel.ToString(CultureInfo.InvariantCulture));
        Attribute(cardData, "sosi:OCESCertHash", request.OcesCertHash);

        if (user)
        {
            var userLog = Statement(assertion, "UserLog");
            Attribute(userLog, "medcom:UserCivilRegistrationNumber", request.UserCpr);
            Attribute(userLog, "medcom:UserGivenName", request.UserGivenName);
            Attribute(userLog, "medcom:UserSurName", request.UserSurName);
            Attribute(userLog, "medcom:UserEmailAddress", request.UserEmailAddress);
            Attribute(userLog, "medcom:UserRole", request.UserRole);
            Attribute(userLog, "medcom:UserAuthorizationCode", request.UserAuthorizationCode);
            Attribute(userLog, "medcom:UserOccupation", request.UserOccupation);
        }

        var systemLog = Statement(assertion, "SystemLog");
        Attribute(systemLog, "medcom:ITSystemName", request.ItSystemName);
        Attribute(systemLog, "medcom:CareProviderID", request.CareProviderId, request.CareProviderIdFormat);
        Attribute(systemLog, "medcom:CareProviderName", request.CareProviderName);
        return assertion;
    }

    /// <summary>DGWS timestamps: Zulu, whole seconds.</summary>
    public static string Zulu(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static XmlElement Statement(XmlElement assertion, string id)
    {
        var statement = Append(assertion, "saml", "AttributeStatement", SosiNamespaces.Saml);
        statement.SetAttribute("id", id);
        return statement;
    }

    private static void Attribute(XmlElement statement, string name, string? value, string? nameFormat = null)
    {
        if (value is null)
        {
            return;
        }

        var attribute = Append(statement, "saml", "Attribute", SosiNamespaces.Saml);
        attribute.SetAttribute("Name", name);
        if (nameFormat is not null)
        {
            attribute.SetAttribute("NameFormat", nameFormat);
        }

        Append(attribute, "saml", "AttributeValue", SosiNamespaces.Saml).InnerText = value;
    }

    private static XmlElement Append(XmlElement parent, string prefix, string localName, string namespaceUri)
    {
        var element = parent.OwnerDocument.CreateElement(prefix, localName, namespaceUri);
        parent.AppendChild(element);
        return element;
    }

    private static void Declare(XmlElement element, string prefix, string namespaceUri)
    {
        var declaration = element.OwnerDocument.CreateAttribute("xmlns", prefix, SosiNamespaces.Xmlns);
        declaration.Value = namespaceUri;
        element.Attributes.Append(declaration);
    }
}
