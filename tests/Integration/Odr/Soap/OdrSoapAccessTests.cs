using System.Net;
using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Odr.Audit;
using Nsp.Tests.Integration.Shared.Soap;
using B = Nsp.Tests.Integration.Odr.Soap.OdrSoapBodies;

namespace Nsp.Tests.Integration.Odr.Soap;

/// <summary>Every cell of ODR's access matrix (ADR 0030) over SOAP: a refused call is <c>not_authorized</c>, audited
/// with code 500 and the actor, and changes nothing.</summary>
public sealed class OdrSoapAccessTests : IDisposable
{
    private const string Cpr = OdrTestProperties.Living;
    private readonly OdrSoapHost _host = new();

    public void Dispose() => _host.Dispose();

    public static TheoryData<string, string, bool> Cells() => new()
    {
        // caller, operation, allowed
        { "professional", B.Create, true }, { "professional", B.Update, true }, { "professional", B.Delete, true },
        { "professional", B.Get, true }, { "professional", B.Has, true },
        { "system", B.Create, false }, { "system", B.Update, false }, { "system", B.Delete, false },
        { "system", B.Get, false }, { "system", B.Has, true },
        { "user-without-authorisation", B.Create, false }, { "user-without-authorisation", B.Get, false }, { "user-without-authorisation", B.Has, false },
        { "admin", B.Create, true }, { "admin", B.Update, true }, { "admin", B.Delete, true }, { "admin", B.Get, true }, { "admin", B.Has, true },
        { "professional-on-admin", B.Create, false }, { "professional-on-admin", B.Get, false }, { "professional-on-admin", B.Has, false },
        { "system-on-admin", B.Create, false }, { "system-on-admin", B.Has, false },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_caller_gets_exactly_the_operations_of_the_matrix(string caller, string operation, bool allowed)
    {
        if (operation is B.Update or B.Delete or B.Get or B.Has)
        {
            // Give the operation something to act on, so a refusal can only be the access check.
            await OkAsync(_host.CallAsync("/odr/odr", B.For(B.Create, Cpr), _host.HealthProfessional()));
        }

        int rowsBefore = _host.Rows(Cpr).Count;
        int minLogBefore = _host.MinLog(Cpr).Count;
        var (path, card, action) = caller switch
        {
            "professional" => ("/odr/odr", _host.HealthProfessional(), OdrSoapContract.Action(operation)),
            "system" => ("/odr/odr", _host.Sts.ValidSystemCard(), OdrSoapContract.Action(operation)),
            "user-without-authorisation" => ("/odr/odr", _host.UserWithoutAuthorisation(), OdrSoapContract.Action(operation)),
            "admin" => ("/odr/odrAdmin", _host.Admin(), OdrSoapContract.AdminAction(operation)),
            "professional-on-admin" => ("/odr/odrAdmin", _host.HealthProfessional(), OdrSoapContract.AdminAction(operation)),
            "system-on-admin" => ("/odr/odrAdmin", _host.Sts.ValidSystemCard(), OdrSoapContract.AdminAction(operation)),
            _ => throw new ArgumentOutOfRangeException(nameof(caller)),
        };

        var answer = await _host.CallAsync(path, B.For(operation, Cpr), card, action);

        if (allowed)
        {
            await OkAsync(Task.FromResult(answer));
            Assert.Equal(minLogBefore + 1, _host.MinLog(Cpr).Count);
            return;
        }

        Assert.Equal(SoapFaultCodes.NotAuthorized, answer.FaultCode);
        Assert.Equal(rowsBefore, _host.Rows(Cpr).Count);
        Assert.Equal(minLogBefore, _host.MinLog(Cpr).Count);
        var line = _host.LastAudit();
        Assert.Equal(500, OdrSoapHost.Code(line));
        var info = OdrSoapHost.Information(line, char.ToLowerInvariant(operation[0]) + operation[1..]);
        Assert.Equal(Cpr, info[OdrAudit.Cpr]);
        Assert.True(info.ContainsKey(OdrAudit.ActorType));
    }

    [Fact]
    public async Task A_citizen_may_not_act_on_another_cpr()
    {
        var answer = await _host.CitizenCallAsync(B.For(B.Create, Cpr), B.Create);

        Assert.Equal(SoapFaultCodes.NotAuthorized, answer.FaultCode);
        Assert.Empty(_host.Rows(Cpr));
        Assert.Empty(_host.MinLog(Cpr));
        var info = OdrSoapHost.Information(_host.LastAudit(), OdrAudit.CreateContext);
        Assert.Equal(("citizen", Cpr), (info[OdrAudit.ActorType], info[OdrAudit.Cpr]));
    }

    [Fact]
    public async Task A_citizen_may_not_read_the_document_even_about_themselves()
    {
        var answer = await _host.CitizenCallAsync(B.For(B.Get, OdrTestProperties.Citizen), B.Get);

        Assert.Equal(SoapFaultCodes.NotAuthorized, answer.FaultCode);
    }

    [Fact]
    public async Task An_idws_token_is_refused_on_the_admin_endpoint()
    {
        var answer = await _host.CallAsync("/odr/odrAdmin", B.For(B.Has, OdrTestProperties.Citizen), _host.Sts.IdwsCitizenToken());

        Assert.Equal(SoapFaultCodes.InvalidIdCard, answer.FaultCode);
    }

    [Fact]
    public async Task An_idws_token_whose_message_the_holder_did_not_sign_is_refused()
    {
        var answer = await _host.CallAsync("/odr/odr", B.For(B.Has, OdrTestProperties.Citizen), _host.Sts.IdwsCitizenToken());

        Assert.Equal(SoapFaultCodes.InvalidSignature, answer.FaultCode);
    }

    private static async Task OkAsync(Task<SoapAnswer> call)
    {
        var answer = await call;
        Assert.True(answer.Status == HttpStatusCode.OK, answer.FaultString);
    }

}
