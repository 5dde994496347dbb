using System.Xml;
using System.Xml.Schema;
using Nsp.Api.Odr.Soap;

namespace Nsp.Tests.Integration.Odr.Contract;

public sealed class OrganDonorDocumentTests
{
    internal static readonly OrganDonorRegistrationMessage Limited = new("LIMITED", true, false, null, true, null, false, null, true, true);
    internal static readonly DateTimeOffset RegisteredAt = new(2024, 3, 15, 13, 30, 0, TimeSpan.Zero);

    private static readonly XmlSchemaSet Cda = OdrContractSchemas.Cda();

    public static TheoryData<OrganDonorRegistrationMessage?> Registrations() => new()
    {
        Limited,
        new OrganDonorRegistrationMessage("FULL_WITH_RESEARCH", null, null, null, null, null, null, null, null, false),
        new OrganDonorRegistrationMessage("NONE", null, null, null, null, null, null, null, null, null),
        new OrganDonorRegistrationMessage("LIMITED_WITH_RESEARCH", true, true, true, true, true, true, true, true, null),
        null,
    };

    [Theory]
    [MemberData(nameof(Registrations))]
    public void Every_document_validates_against_the_hl7_cda_schema(OrganDonorRegistrationMessage? registration)
    {
        var response = Response(registration);

        Assert.Empty(OdrContractSchemas.Validate(Cda, response));
    }

    [Fact]
    public void The_admin_ui_finds_the_registration_time_and_the_registration_where_it_looks()
    {
        var document = Document(Response(Limited));

        Assert.Equal("20240315143000+0100", document.SelectSingleNode("hl7:author[1]/hl7:time/@value", Ns)!.Value);
        var value = (XmlElement)document.SelectSingleNode("hl7:component/hl7:structuredBody/hl7:component[1]/hl7:section/hl7:entry[1]/hl7:observation/hl7:value[1]", Ns)!;
        Assert.Equal("odr:OrganDonorRegistration", value.GetAttribute("type", OdrSoapContract.XsiNamespace));
        Assert.Equal("LIMITED", value.SelectSingleNode("odr:permissionType", Ns)!.InnerText);
        Assert.Equal(
            ["permissionType", "permissionForHeart", "permissionForLungs", "permissionForPancreas", "permissionForCornea", "permissionForSkin", "requiresRelativeAcceptance"],
            value.ChildNodes.OfType<XmlElement>().Select(e => e.LocalName));
        Assert.Equal("false", value.SelectSingleNode("odr:permissionForCornea", Ns)!.InnerText);
    }

    [Fact]
    public void The_patient_is_the_cpr_under_the_cpr_root()
    {
        var id = (XmlElement)Document(Response(Limited)).SelectSingleNode("hl7:recordTarget/hl7:patientRole/hl7:id", Ns)!;

        Assert.Equal(("1.2.208.176.1.2", OdrClientRequests.Cpr, "CPR"), (id.GetAttribute("root"), id.GetAttribute("extension"), id.GetAttribute("assigningAuthorityName")));
    }

    [Fact]
    public void With_nothing_active_the_document_has_no_entry_and_no_registration_time()
    {
        var document = Document(Response(null));

        Assert.Null(document.SelectSingleNode("//hl7:entry", Ns));
        Assert.Equal("NA", document.SelectSingleNode("hl7:author[1]/hl7:time/@nullFlavor", Ns)!.Value);
    }

    [Theory]
    [InlineData("2024-07-01T10:00:00Z", "20240701120000+0200")]
    [InlineData("2024-12-31T23:30:05Z", "20250101003005+0100")]
    public void Times_are_hl7_ts_in_danish_time_with_the_offset(string utc, string expected) =>
        Assert.Equal(expected, OrganDonorDocumentBuilder.Ts(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_registration_without_its_time_is_refused() =>
        Assert.Throws<ArgumentException>(() => OrganDonorDocumentBuilder.Build(OdrClientRequests.Cpr, Limited, null, Guid.NewGuid(), DateTimeOffset.UtcNow));

    [Fact]
    public void A_document_missing_a_required_cda_element_fails_the_cda_schema()
    {
        // Guards the test data: a custodian-less document must not pass.
        var response = Response(Limited);
        var custodian = Document(response).SelectSingleNode("hl7:custodian", Ns)!;
        custodian.ParentNode!.RemoveChild(custodian);

        Assert.NotEmpty(OdrContractSchemas.Validate(Cda, response));
    }

    private static readonly XmlNamespaceManager Ns = Namespaces();

    private static XmlElement Response(OrganDonorRegistrationMessage? registration) =>
        OdrContractSchemas.ToXmlElement(OdrResponseWriter.Get(OrganDonorDocumentBuilder.Build(
            OdrClientRequests.Cpr, registration, registration is null ? null : RegisteredAt, Guid.NewGuid(), RegisteredAt.AddDays(3))));

    private static XmlElement Document(XmlElement response) => (XmlElement)response.SelectSingleNode("ClinicalDocument")!;

    private static XmlNamespaceManager Namespaces()
    {
        var ns = new XmlNamespaceManager(new NameTable());
        ns.AddNamespace("hl7", OdrSoapContract.Hl7Namespace);
        ns.AddNamespace("odr", OdrSoapContract.OdrNamespace);
        return ns;
    }
}
