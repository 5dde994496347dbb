using System.Globalization;
using System.Xml.Linq;
using Nsp.Domain.Shared;

namespace Nsp.Api.Odr.Soap;

/// <summary>Builds Get's CDA document (HL7 POCD_MT000040) by hand: the admin UI reads the registration time from
/// <c>author[0]/time/@value</c> and the registration from
/// <c>component/structuredBody/component[0]/section/entry[0]/observation/value[0]</c> (xsi:type
/// <c>odr:OrganDonorRegistration</c>); with nothing active the section has no entry. Why by hand: ADR 0031.</summary>
internal static class OrganDonorDocumentBuilder
{
    private static readonly XNamespace Hl7 = OdrSoapContract.Hl7Namespace;
    private static readonly XNamespace Odr = OdrSoapContract.OdrNamespace;
    private static readonly XNamespace Xsi = OdrSoapContract.XsiNamespace;

    // CDA R2's fixed typeId; the document and observation code (LOINC 42348-3 "Advance directives") and the
    // confidentiality (HL7 Confidentiality N) are our choices, as the public contract states none (ADR 0031).
    private const string CdaTypeIdRoot = "2.16.840.1.113883.1.3";
    private const string CdaTypeIdExtension = "POCD_HD000040";
    private const string LoincOid = "2.16.840.1.113883.6.1";
    private const string AdvanceDirectives = "42348-3";
    private const string ConfidentialityOid = "2.16.840.1.113883.5.25";

    /// <summary>The document for <paramref name="cpr"/>. <paramref name="registration"/> and
    /// <paramref name="registeredAt"/> (the active row's validfrom) are both null when nothing is active.</summary>
    /// <param name="documentId">The document's id (a new UUID per answer).</param>
    /// <param name="createdAt">The document's effectiveTime: when it was built.</param>
    public static XElement Build(
        string cpr, OrganDonorRegistrationMessage? registration, DateTimeOffset? registeredAt, Guid documentId, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(cpr);
        if ((registration is null) != (registeredAt is null))
        {
            throw new ArgumentException("A registration and its registration time go together.", nameof(registeredAt));
        }

        var section = new XElement(Hl7 + "section",
            new XElement(Hl7 + "code", Code()),
            new XElement(Hl7 + "title", "Organdonorregistrering"));
        if (registration is not null)
        {
            section.Add(new XElement(Hl7 + "entry",
                new XElement(Hl7 + "observation", new XAttribute("classCode", "OBS"), new XAttribute("moodCode", "EVN"),
                    new XElement(Hl7 + "code", Code()),
                    new XElement(Hl7 + "effectiveTime", new XElement(Hl7 + "low", new XAttribute("value", Ts(registeredAt!.Value)))),
                    Value(registration))));
        }

        // The document element itself is unqualified (a child of the response); its children are HL7's.
        return new XElement(OdrSoapContract.ClinicalDocumentElement,
            new XAttribute(XNamespace.Xmlns + "hl7", Hl7.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "odr", Odr.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi.NamespaceName),
            new XElement(Hl7 + "typeId", new XAttribute("root", CdaTypeIdRoot), new XAttribute("extension", CdaTypeIdExtension)),
            new XElement(Hl7 + "id", new XAttribute("root", documentId.ToString("D"))),
            new XElement(Hl7 + "code", Code()),
            new XElement(Hl7 + "title", "Organdonorregistrering"),
            new XElement(Hl7 + "effectiveTime", new XAttribute("value", Ts(createdAt))),
            new XElement(Hl7 + "confidentialityCode", new XAttribute("code", "N"), new XAttribute("codeSystem", ConfidentialityOid)),
            new XElement(Hl7 + "recordTarget",
                new XElement(Hl7 + "patientRole", CprId(cpr))),
            new XElement(Hl7 + "author",
                registeredAt is { } time
                    ? new XElement(Hl7 + "time", new XAttribute("value", Ts(time)))
                    : new XElement(Hl7 + "time", new XAttribute("nullFlavor", "NA")),
                new XElement(Hl7 + "assignedAuthor", CprId(cpr))),
            new XElement(Hl7 + "custodian",
                new XElement(Hl7 + "assignedCustodian",
                    new XElement(Hl7 + "representedCustodianOrganization",
                        new XElement(Hl7 + "id", new XAttribute("nullFlavor", "NI"))))),
            new XElement(Hl7 + "component",
                new XElement(Hl7 + "structuredBody",
                    new XElement(Hl7 + "component", section))));
    }

    /// <summary>An hl7 TS in Danish time with its offset, to the second: <c>20240315143000+0100</c>.</summary>
    public static string Ts(DateTimeOffset instant)
    {
        var danish = DanishTime.From(instant);
        string offset = danish.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", string.Empty, StringComparison.Ordinal);
        return danish.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + offset;
    }

    private static object[] Code() =>
        [new XAttribute("code", AdvanceDirectives), new XAttribute("codeSystem", LoincOid), new XAttribute("codeSystemName", "LOINC")];

    private static XElement CprId(string cpr) =>
        new(Hl7 + "id",
            new XAttribute("root", OdrSoapContract.CprRoot),
            new XAttribute("extension", cpr),
            new XAttribute("assigningAuthorityName", OdrSoapContract.CprAssigningAuthority));

    private static XElement Value(OrganDonorRegistrationMessage registration)
    {
        var value = new XElement(Hl7 + "value",
            new XAttribute(Xsi + "type", "odr:OrganDonorRegistration"),
            new XElement(Odr + "permissionType", registration.PermissionType));
        Flag(value, "permissionForHeart", registration.PermissionForHeart);
        Flag(value, "permissionForLungs", registration.PermissionForLungs);
        Flag(value, "permissionForLiver", registration.PermissionForLiver);
        Flag(value, "permissionForPancreas", registration.PermissionForPancreas);
        Flag(value, "permissionForKidneys", registration.PermissionForKidneys);
        Flag(value, "permissionForCornea", registration.PermissionForCornea);
        Flag(value, "permissionForSmallIntestine", registration.PermissionForSmallIntestine);
        Flag(value, "permissionForSkin", registration.PermissionForSkin);
        Flag(value, "requiresRelativeAcceptance", registration.RequiresRelativeAcceptance);
        return value;
    }

    private static void Flag(XElement value, string name, bool? flag)
    {
        if (flag is { } set)
        {
            value.Add(new XElement(Odr + name, set ? "true" : "false"));
        }
    }
}
