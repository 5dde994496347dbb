using System.Globalization;
using System.Xml;

namespace Nsp.Api.Shared.Security;

/// <summary>Reads the values of a DGWS or IDWS assertion. Structure only: the signature is the verifier's job.</summary>
internal static class IdCardParser
{
    private const string CvrNumberFormat = "medcom:cvrnumber";

    public static IdCard Parse(XmlElement assertion)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        RequireAssertion(assertion);
        return assertion.HasAttribute("id") ? ParseDgws(assertion) : ParseIdws(assertion);
    }

    /// <summary>The element must be a saml:Assertion; anything else is not an ID card.</summary>
    public static void RequireAssertion(XmlElement element)
    {
        if (element.LocalName != "Assertion" || element.NamespaceURI != SosiNamespaces.Saml)
        {
            throw Invalid("The ID card must be a saml:Assertion.");
        }
    }

    /// <summary>The id the signature must reference: <c>id</c> (DGWS, always <c>IDCard</c>) or <c>ID</c> (IDWS).</summary>
    public static (IdCardFormat Format, string Id) AssertionIdOf(XmlElement assertion)
    {
        string dgwsId = assertion.GetAttribute("id");
        string samlId = assertion.GetAttribute("ID");
        if (dgwsId.Length > 0 && samlId.Length > 0)
        {
            throw Invalid("The ID card carries both an id and an ID attribute.");
        }

        if (dgwsId.Length > 0)
        {
            return dgwsId == SosiNamespaces.DgwsAssertionId
                ? (IdCardFormat.Dgws, dgwsId)
                : throw Invalid("A DGWS ID card must have id=\"IDCard\".");
        }

        if (samlId.Length == 0)
        {
            throw Invalid("The ID card has no id attribute.");
        }

        try
        {
            XmlConvert.VerifyNCName(samlId);
        }
        catch (XmlException)
        {
            throw Invalid("The ID card's ID attribute is not a valid XML id.");
        }

        return (IdCardFormat.Idws, samlId);
    }

    private static IdCard ParseDgws(XmlElement assertion)
    {
        (_, string id) = AssertionIdOf(assertion);
        var common = ReadCommon(assertion);
        var attributes = ReadAttributes(assertion);

        string type = Required(attributes, "sosi:IDCardType");
        IdCardKind kind = type switch
        {
            "system" => IdCardKind.System,
            "user" => IdCardKind.User,
            _ => throw Invalid("sosi:IDCardType must be system or user."),
        };

        var card = new IdCard
        {
            Format = IdCardFormat.Dgws,
            Kind = kind,
            AssertionId = id,
            IssueInstant = common.IssueInstant,
            NotBefore = common.NotBefore,
            NotOnOrAfter = common.NotOnOrAfter,
            Issuer = common.Issuer,
            NameId = common.NameId,
            NameIdFormat = common.NameIdFormat,
            IdCardId = Optional(attributes, "sosi:IDCardID"),
            IdCardVersion = Optional(attributes, "sosi:IDCardVersion"),
            IdCardType = type,
            AuthenticationLevel = Level(attributes, "sosi:AuthenticationLevel"),
            OcesCertHash = Optional(attributes, "sosi:OCESCertHash"),
            ItSystemName = Required(attributes, "medcom:ITSystemName"),
            CareProviderId = Required(attributes, "medcom:CareProviderID"),
            CareProviderIdFormat = attributes.TryGetValue("medcom:CareProviderID", out var provider) ? provider.NameFormat : null,
            CareProviderName = Required(attributes, "medcom:CareProviderName"),
        };

        if (kind == IdCardKind.System)
        {
            return card;
        }

        return card with
        {
            UserCpr = Required(attributes, "medcom:UserCivilRegistrationNumber"),
            UserGivenName = Required(attributes, "medcom:UserGivenName"),
            UserSurName = Required(attributes, "medcom:UserSurName"),
            UserEmailAddress = Optional(attributes, "medcom:UserEmailAddress"),
            UserRole = Optional(attributes, "medcom:UserRole"),
            UserAuthorizationCode = Optional(attributes, "medcom:UserAuthorizationCode"),
            UserOccupation = Optional(attributes, "medcom:UserOccupation"),
        };
    }

    private static IdCard ParseIdws(XmlElement assertion)
    {
        (_, string id) = AssertionIdOf(assertion);
        var common = ReadCommon(assertion);
        var attributes = ReadAttributes(assertion);

        string? cpr = Optional(attributes, IdwsAttributeNames.CprNumber);
        string? cvr = Optional(attributes, IdwsAttributeNames.CvrNumber);
        string? authorizationCode = Optional(attributes, IdwsAttributeNames.UserAuthorizationCode);
        string? educationCode = Optional(attributes, IdwsAttributeNames.UserEducationCode);

        // A citizen's token states the citizen's CPR and nothing that makes the bearer a professional.
        bool professional = cvr is not null || authorizationCode is not null || educationCode is not null;
        IdCardKind kind = (cpr, professional) switch
        {
            (not null, false) => IdCardKind.Citizen,
            (not null, true) => IdCardKind.User,
            (null, true) => IdCardKind.System,
            _ => throw Invalid($"The IDWS token names neither a citizen ({IdwsAttributeNames.CprNumber}) nor an organisation ({IdwsAttributeNames.CvrNumber})."),
        };

        if (kind != IdCardKind.Citizen)
        {
            cvr = Required(attributes, IdwsAttributeNames.CvrNumber);
            Required(attributes, IdwsAttributeNames.OrganisationName);
        }

        return new IdCard
        {
            Format = IdCardFormat.Idws,
            Kind = kind,
            AssertionId = id,
            IssueInstant = common.IssueInstant,
            NotBefore = common.NotBefore,
            NotOnOrAfter = common.NotOnOrAfter,
            Issuer = common.Issuer,
            NameId = common.NameId,
            NameIdFormat = common.NameIdFormat,
            IdCardId = id,
            IdCardVersion = Optional(attributes, IdwsAttributeNames.SpecVersion),
            IdCardType = kind switch
            {
                IdCardKind.System => "system",
                IdCardKind.User => "user",
                _ => "citizen",
            },
            AuthenticationLevel = Level(attributes, IdwsAttributeNames.AssuranceLevel),
            UserCpr = cpr,
            UserGivenName = Optional(attributes, IdwsAttributeNames.UserGivenName),
            UserSurName = Optional(attributes, IdwsAttributeNames.UserSurName),
            UserEmailAddress = Optional(attributes, IdwsAttributeNames.Email),
            UserRole = educationCode,
            UserAuthorizationCode = authorizationCode,
            ItSystemName = Optional(attributes, IdwsAttributeNames.ItSystemName),
            CareProviderId = cvr,
            CareProviderIdFormat = cvr is null ? null : CvrNumberFormat,
            CareProviderName = Optional(attributes, IdwsAttributeNames.OrganisationName),
            HolderOfKeyCertificate = HolderOfKeyCertificate(assertion),
        };
    }

    private static string? HolderOfKeyCertificate(XmlElement assertion)
    {
        var data = Child(Child(Child(assertion, "Subject"), "SubjectConfirmation"), "SubjectConfirmationData");
        return data?.GetElementsByTagName("X509Certificate", SosiNamespaces.Ds) is { Count: 1 } found
            ? Text((XmlElement)found[0]!)
            : null;
    }

    private static Common ReadCommon(XmlElement assertion)
    {
        if (assertion.GetAttribute("Version") != "2.0")
        {
            throw Invalid("The ID card must have Version=\"2.0\".");
        }

        XmlElement? issuer = Child(assertion, "Issuer");
        XmlElement? nameId = Child(Child(assertion, "Subject"), "NameID");
        XmlElement conditions = Child(assertion, "Conditions") ?? throw Invalid("The ID card has no saml:Conditions.");
        return new Common(
            Instant(assertion, "IssueInstant"),
            Instant(conditions, "NotBefore"),
            Instant(conditions, "NotOnOrAfter"),
            Text(issuer),
            Text(nameId),
            nameId?.GetAttribute("Format") is { Length: > 0 } format ? format : null);
    }

    /// <summary>Every saml:Attribute of every AttributeStatement by Name, first value only. A name stated twice makes
    /// the card ambiguous, so it is refused.</summary>
    private static Dictionary<string, AttributeValue> ReadAttributes(XmlElement assertion)
    {
        var attributes = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        foreach (XmlElement statement in Children(assertion, "AttributeStatement"))
        {
            foreach (XmlElement attribute in Children(statement, "Attribute"))
            {
                string name = attribute.GetAttribute("Name");
                if (name.Length == 0)
                {
                    throw Invalid("A saml:Attribute has no Name.");
                }

                string? value = Text(Child(attribute, "AttributeValue"));
                string? nameFormat = attribute.GetAttribute("NameFormat") is { Length: > 0 } f ? f : null;
                if (!attributes.TryAdd(name, new AttributeValue(value, nameFormat)))
                {
                    throw Invalid($"The ID card states {name} more than once.");
                }
            }
        }

        return attributes;
    }

    private static string Required(Dictionary<string, AttributeValue> attributes, string name) =>
        Optional(attributes, name) ?? throw Invalid($"The ID card lacks the required attribute {name}.");

    private static string? Optional(Dictionary<string, AttributeValue> attributes, string name) =>
        attributes.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value.Value) ? value.Value : null;

    private static int Level(Dictionary<string, AttributeValue> attributes, string name) =>
        int.TryParse(Required(attributes, name), NumberStyles.None, CultureInfo.InvariantCulture, out int level) && level is >= 1 and <= 5
            ? level
            : throw Invalid($"{name} must be a number from 1 to 5.");

    private static DateTimeOffset Instant(XmlElement element, string attribute)
    {
        string text = element.GetAttribute(attribute);
        return text.Length > 0
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant)
            ? instant
            : throw Invalid($"The ID card's {attribute} is missing or not a timestamp.");
    }

    private static XmlElement? Child(XmlElement? parent, string localName)
    {
        for (XmlNode? node = parent?.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is XmlElement element && element.LocalName == localName && element.NamespaceURI == SosiNamespaces.Saml)
            {
                return element;
            }
        }

        return null;
    }

    private static IEnumerable<XmlElement> Children(XmlElement parent, string localName)
    {
        for (XmlNode? node = parent.FirstChild; node is not null; node = node.NextSibling)
        {
            if (node is XmlElement element && element.LocalName == localName && element.NamespaceURI == SosiNamespaces.Saml)
            {
                yield return element;
            }
        }
    }

    private static string? Text(XmlElement? element) =>
        element?.InnerText.Trim() is { Length: > 0 } text ? text : null;

    private static IdCardRejectedException Invalid(string message) => new(DgwsFaultCodes.InvalidIdCard, message);

    private readonly record struct Common(
        DateTimeOffset IssueInstant,
        DateTimeOffset NotBefore,
        DateTimeOffset NotOnOrAfter,
        string? Issuer,
        string? NameId,
        string? NameIdFormat);

    private readonly record struct AttributeValue(string? Value, string? NameFormat);
}
