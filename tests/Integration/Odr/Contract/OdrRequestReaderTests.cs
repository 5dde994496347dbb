using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Soap;
using static Nsp.Tests.Integration.Odr.Contract.OdrClientRequests;

namespace Nsp.Tests.Integration.Odr.Contract;

public sealed class OdrRequestReaderTests
{
    [Theory]
    [InlineData(OdrSoapContract.DeleteOrganDonorRegistration)]
    [InlineData(OdrSoapContract.GetOrganDonorRegistration)]
    [InlineData(OdrSoapContract.HasOrganDonorRegistration)]
    public void A_client_request_with_only_an_id_reads_the_cpr(string operation)
    {
        var request = Read(Simple(operation));

        Assert.Equal(operation, request.Operation);
        Assert.Equal(new OrganDonorRequestId("1.2.208.176.1.2", Cpr, "CPR"), request.Id);
        Assert.Null(request.Registration);
    }

    [Theory]
    [InlineData(OdrSoapContract.CreateOrganDonorRegistration)]
    [InlineData(OdrSoapContract.UpdateOrganDonorRegistration)]
    public void A_client_registration_reads_every_flag_set_and_leaves_the_rest_null(string operation)
    {
        var request = Read(WithRegistration(operation, Limited));

        Assert.Equal(operation, request.Operation);
        Assert.Equal(Cpr, request.Id.Extension);
        Assert.Equal(new OrganDonorRegistrationMessage("LIMITED", true, false, null, null, true, null, null, false, true), request.Registration);
    }

    [Fact]
    public void Flags_written_as_1_and_0_are_booleans_too()
    {
        var request = Read(WithRegistration("CreateOrganDonorRegistration",
            "<ns4:permissionType>FULL</ns4:permissionType><ns4:permissionForCornea> 1 </ns4:permissionForCornea><ns4:permissionForSmallIntestine>0</ns4:permissionForSmallIntestine>"));

        Assert.Equal(new OrganDonorRegistrationMessage("FULL", null, null, null, null, null, true, false, null, null), request.Registration);
    }

    [Fact]
    public void A_request_without_id_names_the_missing_element()
    {
        string xml = """<ns2:HasOrganDonorRegistrationRequest xmlns:ns2="http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01/"/>""";

        var fault = SyntaxFault(xml);

        Assert.Contains("lacks the element id", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_qualified_id_is_refused_as_the_contract_wants_it_unqualified()
    {
        string xml = """<HasOrganDonorRegistrationRequest xmlns="http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01/"><id root="1.2.208.176.1.2" extension="0101011234" assigningAuthorityName="CPR"/></HasOrganDonorRegistrationRequest>""";

        var fault = SyntaxFault(xml);

        Assert.Contains("id must be unqualified", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_in_another_namespace_is_not_an_odr_request()
    {
        string xml = """<HasOrganDonorRegistrationRequest xmlns="http://sundhedsdatastyrelsen.dk/organdonor/2020/01/01/"><id/></HasOrganDonorRegistrationRequest>""";

        Assert.Contains("is not an ODR 2018-05-01 request", SyntaxFault(xml).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unqualified_registration_child_names_the_namespace_it_must_have()
    {
        var fault = SyntaxFault(WithRegistration("CreateOrganDonorRegistration", "<permissionType>FULL</permissionType>"));

        Assert.Contains("organDonorRegistration/permissionType must be in the namespace urn:hl7-org:odr, not unqualified", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_without_a_registration_names_it()
    {
        var fault = SyntaxFault(Simple("CreateOrganDonorRegistration"));

        Assert.Contains("lacks the element organDonorRegistration", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_permission_type_is_named_with_the_allowed_ones()
    {
        var fault = SyntaxFault(WithRegistration("CreateOrganDonorRegistration", "<ns4:permissionType>MAYBE</ns4:permissionType>"));

        Assert.Contains("permissionType 'MAYBE' is not one of FULL", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flag_that_is_not_a_boolean_is_named()
    {
        var fault = SyntaxFault(WithRegistration("UpdateOrganDonorRegistration",
            "<ns4:permissionType>LIMITED</ns4:permissionType><ns4:permissionForLiver>yes</ns4:permissionForLiver>"));

        Assert.Contains("organDonorRegistration/permissionForLiver 'yes' is not an xs:boolean", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_out_of_the_xsd_order_are_refused()
    {
        var fault = SyntaxFault(WithRegistration("CreateOrganDonorRegistration",
            "<ns4:permissionType>LIMITED</ns4:permissionType><ns4:permissionForSkin>true</ns4:permissionForSkin><ns4:permissionForHeart>true</ns4:permissionForHeart>"));

        Assert.Contains("unexpected or misplaced element {urn:hl7-org:odr}permissionForHeart", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_element_after_id_is_refused()
    {
        string xml = Simple("GetOrganDonorRegistration").Replace("</ns2:", "<extra/></ns2:", StringComparison.Ordinal);

        Assert.Contains("unexpected element extra", SyntaxFault(xml).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""<id root="1.2.208.176.1.2" extension="0101011234"/>""", "1.2.208.176.1.2", "0101011234", null)]
    [InlineData("""<id root="1.2.208.176.1.3" extension="0101011234" assigningAuthorityName="CVR"/>""", "1.2.208.176.1.3", "0101011234", "CVR")]
    [InlineData("""<id assigningAuthorityName="CPR"/>""", null, null, "CPR")]
    public void The_id_attributes_pass_as_sent_so_the_application_judges_them(string id, string? root, string? extension, string? authority)
    {
        string xml = WithRegistration("CreateOrganDonorRegistration", "<ns4:permissionType>NONE</ns4:permissionType>", id);

        Assert.Equal(new OrganDonorRequestId(root, extension, authority), Read(xml).Id);
    }

    private static OrganDonorRequest Read(string xml) => OdrRequestReader.Read(OdrContractSchemas.Load(xml).DocumentElement!);

    private static SoapFaultException SyntaxFault(string xml)
    {
        var fault = Assert.Throws<SoapFaultException>(() => Read(xml));
        Assert.Equal(SoapFaultCodes.SyntaxError, fault.Fault.FaultCode);
        return fault;
    }
}
