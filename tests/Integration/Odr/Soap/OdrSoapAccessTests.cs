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

    private static readonly string[] Operations = [B.Create, B.Update, B.Delete, B.Get, B.Has];

    /// <summary>Every caller of DESIGN 5.2's matrix against all five operations.</summary>
    public static TheoryData<string, string, bool> Cells()
    {
        var cells = new TheoryData<string, string, bool>();
        foreach (string operation in Operations)
        {
            // caller, operation, allowed
            cells.Add("professional", operation, true);
            cells.Add("system", operation, operation == B.Has);
            cells.Add("user-without-authorisation", operation, false);
            cells.Add("citizen-own-cpr", operation, operation != B.Get);
            cells.Add("citizen-other-cpr", operation, false);
            cells.Add("admin", operation, true);
            cells.Add("admin-without-authorisation", operation, true);
            cells.Add("professional-on-admin", operation, false);
            cells.Add("user-without-authorisation-on-admin", operation, false);
            cells.Add("system-on-admin", operation, false);
            cells.Add("admin-system-card-on-admin", operation, false);
        }

        return cells;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_caller_gets_exactly_the_operations_of_the_matrix(string caller, string operation, bool allowed)
    {
        bool citizenOwn = caller == "citizen-own-cpr";
        string cpr = citizenOwn ? OdrTestProperties.Citizen : Cpr;
        if (operation is B.Update or B.Delete or B.Get or B.Has)
        {
            // Give the operation something to act on, so a refusal can only be the access check.
            await OkAsync(_host.CallAsync("/odr/odr", B.For(B.Create, cpr), _host.HealthProfessional()));
        }

        int rowsBefore = _host.Rows(cpr).Count;
        int minLogBefore = _host.MinLog(cpr).Count;
        var answer = await CallAsAsync(caller, operation, cpr);

        var line = _host.LastAudit();
        var info = OdrSoapHost.Information(line, char.ToLowerInvariant(operation[0]) + operation[1..]);
        Assert.Equal(cpr, info[OdrAudit.Cpr]);
        Assert.True(info.ContainsKey(OdrAudit.ActorType));
        if (allowed)
        {
            await OkAsync(Task.FromResult(answer));
            // Anyone but the citizen about themselves leaves one MinLog entry.
            Assert.Equal(minLogBefore + (citizenOwn ? 0 : 1), _host.MinLog(cpr).Count);
            Assert.Equal(caller switch
            {
                "professional" => "health-professional",
                "system" => "system",
                "citizen-own-cpr" => "citizen",
                _ => "admin",
            }, info[OdrAudit.ActorType]);
            return;
        }

        Assert.Equal(SoapFaultCodes.NotAuthorized, answer.FaultCode);
        Assert.Equal(rowsBefore, _host.Rows(cpr).Count);
        Assert.All(_host.Rows(cpr).Skip(rowsBefore - 1), r => Assert.Null(r.ValidTo));
        Assert.Equal(minLogBefore, _host.MinLog(cpr).Count);
        Assert.Equal(500, OdrSoapHost.Code(line));
    }

    private Task<SoapAnswer> CallAsAsync(string caller, string operation, string cpr) => caller switch
    {
        "professional" => _host.CallAsync("/odr/odr", B.For(operation, cpr), _host.HealthProfessional(), OdrSoapContract.Action(operation)),
        "system" => _host.CallAsync("/odr/odr", B.For(operation, cpr), _host.Sts.ValidSystemCard(), OdrSoapContract.Action(operation)),
        "user-without-authorisation" => _host.CallAsync("/odr/odr", B.For(operation, cpr), _host.UserWithoutAuthorisation(), OdrSoapContract.Action(operation)),
        "citizen-own-cpr" or "citizen-other-cpr" => _host.CitizenCallAsync(B.For(operation, cpr), operation),
        "admin" => _host.CallAsync("/odr/odrAdmin", B.For(operation, cpr), _host.Admin(), OdrSoapContract.AdminAction(operation)),
        "admin-without-authorisation" => _host.CallAsync("/odr/odrAdmin", B.For(operation, cpr), _host.AdminWithoutAuthorisation(), OdrSoapContract.AdminAction(operation)),
        "professional-on-admin" => _host.CallAsync("/odr/odrAdmin", B.For(operation, cpr), _host.HealthProfessional(), OdrSoapContract.AdminAction(operation)),
        "user-without-authorisation-on-admin" => _host.CallAsync("/odr/odrAdmin", B.For(operation, cpr), _host.UserWithoutAuthorisation(), OdrSoapContract.AdminAction(operation)),
        "system-on-admin" => _host.CallAsync("/odr/odrAdmin", B.For(operation, cpr), _host.Sts.ValidSystemCard(), OdrSoapContract.AdminAction(operation)),
        "admin-system-card-on-admin" => _host.CallAsync("/odr/odrAdmin", B.For(operation, cpr), _host.AdminSystemCard(), OdrSoapContract.AdminAction(operation)),
        _ => throw new ArgumentOutOfRangeException(nameof(caller)),
    };

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
