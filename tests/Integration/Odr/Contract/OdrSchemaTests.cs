using System.Xml.Schema;
using Nsp.Api.Odr.Soap;
using static Nsp.Tests.Integration.Odr.Contract.OdrClientRequests;

namespace Nsp.Tests.Integration.Odr.Contract;

public sealed class OdrSchemaTests
{
    private static readonly XmlSchemaSet Served = OdrContractSchemas.Served();

    public static TheoryData<string> ClientRequests() => new()
    {
        Simple("DeleteOrganDonorRegistration"),
        Simple("GetOrganDonorRegistration"),
        Simple("HasOrganDonorRegistration"),
        WithRegistration("CreateOrganDonorRegistration", Limited),
        WithRegistration("UpdateOrganDonorRegistration", "<ns4:permissionType>DONT_KNOW</ns4:permissionType>"),
    };

    [Theory]
    [MemberData(nameof(ClientRequests))]
    public void Our_xsds_accept_what_a_client_of_the_public_contract_sends(string xml) =>
        Assert.Empty(OdrContractSchemas.Validate(Served, OdrContractSchemas.Load(xml).DocumentElement!));

    [Theory]
    [InlineData("""<ns2:HasOrganDonorRegistrationRequest xmlns:ns2="http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01/"><ns2:id root="1.2.208.176.1.2" extension="0101011234" assigningAuthorityName="CPR"/></ns2:HasOrganDonorRegistrationRequest>""")]
    [InlineData("""<ns2:CreateOrganDonorRegistrationRequest xmlns:ns2="http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01/"><id root="1.2.208.176.1.2" extension="0101011234" assigningAuthorityName="CPR"/><organDonorRegistration><permissionType>FULL</permissionType></organDonorRegistration></ns2:CreateOrganDonorRegistrationRequest>""")]
    [InlineData("""<ns2:CreateOrganDonorRegistrationRequest xmlns:ns2="http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01/" xmlns:o="urn:hl7-org:odr"><id root="1.2.208.176.1.2" extension="0101011234" assigningAuthorityName="CPR"/><organDonorRegistration><o:permissionType>SOME</o:permissionType></organDonorRegistration></ns2:CreateOrganDonorRegistrationRequest>""")]
    public void Our_xsds_refuse_qualified_ids_unqualified_registration_fields_and_unknown_types(string xml) =>
        Assert.NotEmpty(OdrContractSchemas.Validate(Served, OdrContractSchemas.Load(xml).DocumentElement!));

    [Theory]
    [InlineData(OdrSoapContract.CreateOrganDonorRegistration)]
    [InlineData(OdrSoapContract.UpdateOrganDonorRegistration)]
    [InlineData(OdrSoapContract.DeleteOrganDonorRegistration)]
    public void Empty_responses_are_valid(string operation) =>
        Assert.Empty(OdrContractSchemas.Validate(Served, OdrContractSchemas.ToXmlElement(OdrResponseWriter.Empty(operation))));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Has_answers_registration_exists_as_an_hl7_bl(bool exists)
    {
        var response = OdrResponseWriter.Has(exists);

        Assert.Empty(OdrContractSchemas.Validate(Served, OdrContractSchemas.ToXmlElement(response)));
        Assert.Equal(exists ? "true" : "false", response.Element("registrationExists")!.Value);
    }

    [Fact]
    public void Get_answers_are_valid_against_our_served_xsds_too()
    {
        var document = OrganDonorDocumentBuilder.Build(Cpr, OrganDonorDocumentTests.Limited, OrganDonorDocumentTests.RegisteredAt, Guid.NewGuid(), DateTimeOffset.UtcNow);

        // Our served type leaves the CDA content lax: only errors count; the CDA test data checks the document itself.
        var errors = OdrContractSchemas.Validate(Served, OdrContractSchemas.ToXmlElement(OdrResponseWriter.Get(document)));

        Assert.DoesNotContain(errors, e => e.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public void A_get_or_has_operation_has_no_empty_response() =>
        Assert.Throws<ArgumentException>(() => OdrResponseWriter.Empty(OdrSoapContract.HasOrganDonorRegistration));
}
