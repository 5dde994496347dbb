using System.Net;
using System.Xml;
using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Odr.Audit;
using Nsp.Tests.Integration.Odr.Contract;
using Nsp.Tests.Integration.Shared.Soap;
using Nsp.Tests.Integration.Shared.Sts;
using B = Nsp.Tests.Integration.Odr.Soap.OdrSoapBodies;

namespace Nsp.Tests.Integration.Odr.Soap;

/// <summary>The five operations over SOAP as the public contract's clients call and read them: history per change,
/// audit keys, MinLog rows, and the versioned action names.</summary>
public sealed class OdrSoapOperationTests : IDisposable
{
    private const string Ns = OdrSoapContract.Namespace;
    private const string Cpr = OdrTestProperties.Living;
    private readonly OdrSoapHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task A_health_professional_creates_updates_reads_and_deletes_a_registration_leaving_its_history()
    {
        var professional = _host.HealthProfessional();
        await AssertOkAsync(B.Create, B.Full, professional);
        Assert.Equal("true", RegistrationExists(await AssertOkAsync(B.Has, B.Full, professional)));
        await AssertOkAsync(B.Update, OdrClientRequests.Limited, professional);

        var document = (XmlElement)(await AssertOkAsync(B.Get, B.Full, professional)).BodyElement!.FirstChild!;
        Assert.Equal((OdrSoapContract.ClinicalDocumentElement, string.Empty), (document.LocalName, document.NamespaceURI));
        var hl7 = Namespaces(document.OwnerDocument);
        Assert.Matches("^[0-9]{14}[+-][0-9]{4}$", document.SelectSingleNode("hl7:author[1]/hl7:time/@value", hl7)!.Value);
        var value = (XmlElement)document.SelectSingleNode(
            "hl7:component/hl7:structuredBody/hl7:component[1]/hl7:section/hl7:entry[1]/hl7:observation/hl7:value[1]", hl7)!;
        string type = value.GetAttribute("type", OdrSoapContract.XsiNamespace);
        Assert.Equal(OdrSoapContract.OdrNamespace, value.GetNamespaceOfPrefix(type.Split(':')[0]));
        Assert.Equal("OrganDonorRegistration", type.Split(':')[1]);
        Assert.Equal("LIMITED", value.SelectSingleNode("odr:permissionType", hl7)!.InnerText);
        Assert.Equal("true", value.SelectSingleNode("odr:permissionForHeart", hl7)!.InnerText);

        await AssertOkAsync(B.Delete, B.Full, professional);
        Assert.Equal("false", RegistrationExists(await AssertOkAsync(B.Has, B.Full, professional)));
        var empty = (XmlElement)(await AssertOkAsync(B.Get, B.Full, professional)).BodyElement!.FirstChild!;
        Assert.Null(empty.SelectSingleNode("//hl7:entry", Namespaces(empty.OwnerDocument)));

        var rows = _host.Rows(Cpr);
        Assert.Equal(["FULL", "LIMITED"], rows.Select(r => r.PermissionTypeText));
        Assert.All(rows, r => Assert.NotNull(r.ValidTo));
        // Every call by someone other than the citizen is logged for the citizen; the test client repeats one
        // FlowID/MessageID, so the outbox's idempotent key keeps one row per operation.
        Assert.Equal(
            ["Oprettelse i Organdonorregistret", "Forespørgsel om registrering i Organdonorregistret", "Opdatering i Organdonorregistret",
             "Opslag i Organdonorregistret", "Sletning i Organdonorregistret"],
            _host.MinLog(Cpr).Select(r => r.Handling));
    }

    [Fact]
    public async Task Create_and_delete_answer_empty_response_elements_in_the_contract_namespace()
    {
        var created = await AssertOkAsync(B.Create, B.Full, _host.HealthProfessional());
        Assert.Equal(("CreateOrganDonorRegistrationResponse", Ns, 0), (created.BodyElement!.LocalName, created.BodyElement.NamespaceURI, created.BodyElement.ChildNodes.Count));
        var deleted = await AssertOkAsync(B.Delete, B.Full, _host.HealthProfessional());
        Assert.Equal(("DeleteOrganDonorRegistrationResponse", Ns), (deleted.BodyElement!.LocalName, deleted.BodyElement.NamespaceURI));
    }

    [Fact]
    public async Task A_professionals_call_is_audited_with_the_cpr_the_content_and_the_actor()
    {
        await AssertOkAsync(B.Create, OdrClientRequests.Limited, _host.HealthProfessional());

        var line = _host.LastAudit();
        var info = OdrSoapHost.Information(line, OdrAudit.CreateContext);
        Assert.Equal(200, OdrSoapHost.Code(line));
        Assert.Equal(Cpr, info[OdrAudit.Cpr]);
        Assert.Equal("LIMITED", info[OdrAudit.PermissionType]);
        Assert.Contains("heart=true", info[OdrAudit.OrganPermissions], StringComparison.Ordinal);
        Assert.Equal("health-professional", info[OdrAudit.ActorType]);
        Assert.Equal(TestSts.Cvr, info[OdrAudit.ActorCvr]);
        Assert.Equal("ABC12", info[OdrAudit.ActorAuthorizationCode]);
        Assert.Equal("dk.sds.nsp.audit.log.odr", line.GetProperty("category").GetString()?.Split('/')[0]);
    }

    [Theory]
    [InlineData(B.Create, "actor-authorization-code:NPI actor-cvr:NPI actor-type:NPI cpr:RPI organ-permissions:SPI permission-type:SPI")]
    [InlineData(B.Update, "actor-authorization-code:NPI actor-cvr:NPI actor-type:NPI cpr:RPI organ-permissions:SPI permission-type:SPI")]
    [InlineData(B.Get, "actor-authorization-code:NPI actor-cvr:NPI actor-type:NPI cpr:RPI organ-permissions:SPI permission-type:SPI")]
    [InlineData(B.Has, "actor-authorization-code:NPI actor-cvr:NPI actor-type:NPI cpr:RPI registration-exists:SPI")]
    [InlineData(B.Delete, "actor-authorization-code:NPI actor-cvr:NPI actor-type:NPI cpr:RPI")]
    public async Task Each_operation_is_audited_with_exactly_design_5_2s_keys_and_types_in_its_own_context(string operation, string keys)
    {
        if (operation != B.Create)
        {
            await AssertOkAsync(B.Create, OdrClientRequests.Limited, _host.HealthProfessional());
        }

        await AssertOkAsync(operation, OdrClientRequests.Limited, _host.HealthProfessional());

        var line = _host.LastAudit();
        var component = Assert.Single(line.GetProperty("audit").GetProperty("components").EnumerateArray());
        Assert.Equal(OdrAudit.Component, component.GetProperty("component").GetString());
        var context = Assert.Single(component.GetProperty("contexts").EnumerateArray());
        Assert.Equal(char.ToLowerInvariant(operation[0]) + operation[1..], context.GetProperty("context").GetString());
        var written = context.GetProperty("information").EnumerateArray()
            .Select(i => i.GetProperty("key").GetString() + ":" + i.GetProperty("type").GetString())
            .Order(StringComparer.Ordinal);
        Assert.Equal(keys, string.Join(' ', written));
        Assert.Equal("dk.sds.nsp.audit.log.odr", line.GetProperty("category").GetString()?.Split('/')[0]);
    }

    [Fact]
    public async Task A_citizen_registers_and_asks_about_themselves_over_idws_without_minlog_entries()
    {
        const string Citizen = OdrTestProperties.Citizen;
        var created = await _host.CitizenCallAsync(B.For(B.Create, Citizen), B.Create);
        Assert.True(created.Status == HttpStatusCode.OK, created.FaultString);
        var has = await _host.CitizenCallAsync(B.For(B.Has, Citizen), B.Has);
        Assert.True(has.Status == HttpStatusCode.OK, has.FaultString);
        Assert.Equal("true", RegistrationExists(has));
        await AssertOkAsync(B.Update, OdrClientRequests.Limited, _host.HealthProfessional(), Citizen);

        Assert.Equal("citizen", OdrSoapHost.Information(_host.AuditLines()[0], OdrAudit.CreateContext)[OdrAudit.ActorType]);
        Assert.Equal(2, _host.Rows(Citizen).Count);
        // Only the professional's update is logged for the citizen.
        Assert.Single(_host.MinLog(Citizen));
    }

    [Fact]
    public async Task An_admin_system_on_odrAdmin_may_do_everything_and_is_audited_as_admin()
    {
        var admin = _host.Admin();
        foreach (string operation in new[] { B.Create, B.Has, B.Get, B.Update, B.Delete })
        {
            var answer = await _host.CallAsync("/odr/odrAdmin", B.For(operation, Cpr), admin, OdrSoapContract.AdminAction(operation));
            Assert.True(answer.Status == HttpStatusCode.OK, operation + ": " + answer.FaultString);
        }

        Assert.Equal("admin", OdrSoapHost.Information(_host.AuditLines()[0], OdrAudit.CreateContext)[OdrAudit.ActorType]);
        Assert.Equal(2, _host.Rows(Cpr).Count);
    }

    [Theory]
    [InlineData("/odr/odr", "HasOrganDonorRegistration_2018_05_01")]
    [InlineData("/odr/odr", "http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#HasOrganDonorRegistration_2018_05_01")]
    [InlineData("/odr/odr", "HasOrganDonorRegistration")]
    [InlineData("/odr/odr", "")]
    [InlineData("/odr/odrAdmin", "http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#AdminHasOrganDonorRegistration")]
    [InlineData("/odr/odrAdmin", "HasOrganDonorRegistration_2018_05_01")]
    [InlineData("/odr/odrAdmin", "HasOrganDonorRegistration")]
    public async Task The_wsdl_action_the_bare_name_and_the_versioned_operation_name_are_accepted(string path, string action)
    {
        var answer = await _host.CallAsync(path, B.For(B.Has, Cpr), _host.Admin(), action);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.FaultString);
    }

    [Theory]
    [InlineData("/odr/odr", "GetOrganDonorRegistration_2018_05_01")]
    [InlineData("/odr/odr", "http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#GetOrganDonorRegistration_2018_05_01")]
    [InlineData("/odr/odrAdmin", "AdminGetOrganDonorRegistration")]
    [InlineData("/odr/odrAdmin", "GetOrganDonorRegistration_2018_05_01")]
    public async Task An_action_naming_another_operation_is_a_syntax_error(string path, string action)
    {
        var answer = await _host.CallAsync(path, B.For(B.Has, Cpr), _host.Admin(), action);

        Assert.Equal(SoapFaultCodes.SyntaxError, answer.FaultCode);
        Assert.Empty(_host.MinLog(Cpr));
    }

    private async Task<SoapAnswer> AssertOkAsync(string operation, string registration, XmlElement card, string cpr = Cpr)
    {
        var answer = await _host.CallAsync("/odr/odr", B.For(operation, cpr, registration), card, OdrSoapContract.Action(operation));
        Assert.True(answer.Status == HttpStatusCode.OK, operation + ": " + answer.FaultString);
        Assert.Equal((operation + "Response", Ns), (answer.BodyElement!.LocalName, answer.BodyElement.NamespaceURI));
        return answer;
    }

    /// <summary>Has's answer as the public XSD types it: an unqualified <c>registrationExists</c> with the value as text.</summary>
    private static string RegistrationExists(SoapAnswer answer)
    {
        var child = (XmlElement)answer.BodyElement!.FirstChild!;
        Assert.Equal((OdrSoapContract.RegistrationExistsElement, string.Empty), (child.LocalName, child.NamespaceURI));
        return child.InnerText;
    }

    private static XmlNamespaceManager Namespaces(XmlDocument? document)
    {
        var manager = new XmlNamespaceManager(document!.NameTable);
        manager.AddNamespace("hl7", OdrSoapContract.Hl7Namespace);
        manager.AddNamespace("odr", OdrSoapContract.OdrNamespace);
        return manager;
    }
}
