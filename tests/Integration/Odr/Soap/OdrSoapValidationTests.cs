using System.Net;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Odr.Audit;
using Nsp.Tests.Integration.Odr.Contract;
using B = Nsp.Tests.Integration.Odr.Soap.OdrSoapBodies;

namespace Nsp.Tests.Integration.Odr.Soap;

/// <summary>Refusals for what is sent (ADR 0030): each a <c>processing_problem</c> naming the field, audited with code
/// 500, nothing stored, no MinLog entry.</summary>
public sealed class OdrSoapValidationTests : IDisposable
{
    private const string Living = OdrTestProperties.Living;
    private readonly OdrSoapHost _host = new();

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("""<id root="1.2.3" extension="1111111118" assigningAuthorityName="CPR"/>""", "root", "1111111118")]
    [InlineData("""<id root="1.2.208.176.1.2" extension="1111111118" assigningAuthorityName="CVR"/>""", "assigningAuthorityName", "1111111118")]
    [InlineData("""<id root="1.2.208.176.1.2" assigningAuthorityName="CPR"/>""", "extension", "")]
    [InlineData("""<id root="1.2.208.176.1.2" extension="3213991234" assigningAuthorityName="CPR"/>""", "id", "3213991234")]
    [InlineData("""<id root="1.2.208.176.1.2" extension="12345" assigningAuthorityName="CPR"/>""", "id", "12345")]
    public async Task A_bad_id_is_a_processing_problem_naming_it_and_audited_with_odrs_keys(string id, string named, string auditedCpr)
    {
        var answer = await CallAsync(B.WithId(B.Has, id));

        AssertRefused(answer, named);
        var line = _host.LastAudit();
        Assert.Equal(500, OdrSoapHost.Code(line));
        // The refusal runs in the pipeline, so the line carries ODR's keys; `cpr` is the extension as sent (empty
        // when absent), because the auditor must see what was asked for, well-formed or not.
        var info = OdrSoapHost.Information(line, OdrAudit.HasContext);
        Assert.Equal(("health-professional", auditedCpr), (info[OdrAudit.ActorType], info[OdrAudit.Cpr]));
        Assert.Empty(_host.MinLog("1111111118"));
    }

    [Fact]
    public async Task A_create_with_a_foreign_id_root_stores_nothing_and_is_audited_with_odrs_keys()
    {
        string id = $"""<id root="1.2.208.176.1.1" extension="{Living}" assigningAuthorityName="CPR"/>""";

        AssertRefused(await CallAsync(OdrClientRequests.WithRegistration(B.Create, B.Full, id)), "root");

        AssertNothingStored(Living);
        var info = OdrSoapHost.Information(_host.LastAudit(), OdrAudit.CreateContext);
        Assert.Equal(("health-professional", Living), (info[OdrAudit.ActorType], info[OdrAudit.Cpr]));
    }

    [Theory]
    [InlineData(B.LimitedWithoutOrgans, "organPermissions")]
    [InlineData(B.FullWithOrgans, "organPermissions")]
    public async Task Content_that_breaks_the_registration_rules_is_refused_and_nothing_stored(string registration, string field)
    {
        var answer = await CallAsync(B.For(B.Create, Living, registration));

        AssertRefused(answer, field);
        AssertNothingStored(Living);
        Assert.Equal(Living, OdrSoapHost.Information(_host.LastAudit(), OdrAudit.CreateContext)[OdrAudit.Cpr]);
    }

    [Fact]
    public async Task A_second_create_is_refused_and_keeps_one_registration()
    {
        await CallAsync(B.For(B.Create, Living));

        AssertRefused(await CallAsync(B.For(B.Create, Living)), "id");
        Assert.Single(_host.Rows(Living));
    }

    [Theory]
    [InlineData(B.Update)]
    [InlineData(B.Delete)]
    public async Task Update_and_delete_without_an_active_registration_are_refused(string operation)
    {
        AssertRefused(await CallAsync(B.For(operation, Living)), "id");
        AssertNothingStored(Living);
    }

    [Theory]
    [InlineData(B.Create)]
    [InlineData(B.Get)]
    [InlineData(B.Has)]
    public async Task An_unknown_cpr_is_refused_everywhere_and_audited_as_not_existing(string operation)
    {
        AssertRefused(await CallAsync(B.For(operation, OdrTestProperties.Unknown)), "id");

        AssertNothingStored(OdrTestProperties.Unknown);
        Assert.Equal(OdrTestProperties.Unknown, OdrSoapHost.Information(_host.LastAudit(), OdrAudit.ValidateCprContext)[OdrAudit.CprDoesNotExist]);
    }

    [Theory]
    [InlineData(OdrTestProperties.Dead)]
    [InlineData(OdrTestProperties.Emigrated)]
    public async Task An_inactive_cpr_may_not_register_but_may_be_read(string cpr)
    {
        AssertRefused(await CallAsync(B.For(B.Create, cpr)), "id");
        AssertNothingStored(cpr);
        Assert.Equal(cpr, OdrSoapHost.Information(_host.LastAudit(), OdrAudit.ValidateCprContext)[OdrAudit.CprInactive]);

        var read = await CallAsync(B.For(B.Get, cpr));
        Assert.True(read.Status == HttpStatusCode.OK, read.FaultString);
    }

    [Fact]
    public async Task A_person_under_15_may_not_register()
    {
        AssertRefused(await CallAsync(B.For(B.Create, OdrTestProperties.UnderFifteen)), "id");
        AssertNothingStored(OdrTestProperties.UnderFifteen);
    }

    [Fact]
    public async Task A_schema_violation_is_a_syntax_error()
    {
        var answer = await CallAsync(OdrClientRequests.WithRegistration(B.Create, "<ns4:permissionType>MAYBE</ns4:permissionType>"));

        Assert.Equal(SoapFaultCodes.SyntaxError, answer.FaultCode);
    }

    private Task<Shared.Soap.SoapAnswer> CallAsync(string body) => _host.CallAsync("/odr/odr", body, _host.HealthProfessional());

    private static void AssertRefused(Shared.Soap.SoapAnswer answer, string named)
    {
        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal(SoapFaultCodes.ProcessingProblem, answer.FaultCode);
        Assert.Contains(named, answer.FaultString, StringComparison.Ordinal);
    }

    private void AssertNothingStored(string cpr)
    {
        Assert.Empty(_host.Rows(cpr));
        Assert.Empty(_host.MinLog(cpr));
    }
}
