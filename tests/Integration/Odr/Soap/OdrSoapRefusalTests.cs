using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Odr.Soap;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Odr;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Tests.Integration.Odr.Contract;
using Nsp.Tests.Integration.Shared.Sts;
using B = Nsp.Tests.Integration.Odr.Soap.OdrSoapBodies;

namespace Nsp.Tests.Integration.Odr.Soap;

/// <summary>Every refusal of DESIGN 5.2 on every operation it applies to, over SOAP: a <c>processing_problem</c> whose
/// text says which rule refused, an audit line with code 500 and ODR's keys in the operation's context, the
/// registration rows exactly as before and no MinLog entry.</summary>
public sealed class OdrSoapRefusalTests : IDisposable
{
    private const string Living = OdrTestProperties.Living;
    private const string NotACpr = "3213991234";
    private static readonly string[] AllOperations = [B.Create, B.Update, B.Delete, B.Get, B.Has];
    private static readonly string[] Changes = [B.Create, B.Update];
    private readonly OdrSoapHost _host = new();

    public void Dispose() => _host.Dispose();

    public static TheoryData<string, string> Refusals()
    {
        var data = new TheoryData<string, string>();
        void Add(string refusal, IEnumerable<string> operations)
        {
            foreach (string operation in operations)
            {
                data.Add(refusal, operation);
            }
        }

        Add("foreign-root", AllOperations);
        Add("wrong-assigning-authority", AllOperations);
        Add("missing-extension", AllOperations);
        Add("not-a-cpr", AllOperations);
        Add("unknown-cpr", AllOperations);
        Add("person-information-down", AllOperations);
        Add("inactive-cpr", Changes);
        Add("under-15", Changes);
        Add("limited-without-organ", Changes);
        Add("organs-with-full", Changes);
        Add("organs-with-none", Changes);
        Add("relatives-with-none", Changes);
        Add("relatives-with-dont-know", Changes);
        Add("active-exists", [B.Create]);
        Add("none-active", [B.Update, B.Delete]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Each_refusal_is_a_specific_fault_audited_in_its_operation_and_stores_nothing(string refusal, string operation)
    {
        var (cpr, id, registration, expected) = refusal switch
        {
            "foreign-root" => (Living, $"""<id root="1.2.208.176.1.1" extension="{Living}" assigningAuthorityName="CPR"/>""", B.Full, "id root must be"),
            "wrong-assigning-authority" => (Living, $"""<id root="1.2.208.176.1.2" extension="{Living}" assigningAuthorityName="CVR"/>""", B.Full, "assigningAuthorityName CPR"),
            "missing-extension" => (Living, """<id root="1.2.208.176.1.2" assigningAuthorityName="CPR"/>""", B.Full, "extension must carry"),
            "not-a-cpr" => (NotACpr, OdrClientRequests.Id(NotACpr), B.Full, "must be a CPR number"),
            "unknown-cpr" => (OdrTestProperties.Unknown, OdrClientRequests.Id(OdrTestProperties.Unknown), B.Full, "not a CPR number known"),
            "person-information-down" => (Living, OdrClientRequests.Id(Living), B.Full, "because PersonInformation is unavailable"),
            "inactive-cpr" => (OdrTestProperties.Dead, OdrClientRequests.Id(OdrTestProperties.Dead), B.Full, "not an active person"),
            "under-15" => (OdrTestProperties.UnderFifteen, OdrClientRequests.Id(OdrTestProperties.UnderFifteen), B.Full, "at least 15 years"),
            "limited-without-organ" => (Living, OdrClientRequests.Id(Living), B.LimitedWithoutOrgans, "needs at least one organ permission"),
            "organs-with-full" => (Living, OdrClientRequests.Id(Living), B.FullWithOrgans, "takes no organ permissions"),
            "organs-with-none" => (Living, OdrClientRequests.Id(Living), "<ns4:permissionType>NONE</ns4:permissionType><ns4:permissionForSkin>false</ns4:permissionForSkin>", "takes no organ permissions"),
            "relatives-with-none" => (Living, OdrClientRequests.Id(Living), "<ns4:permissionType>NONE</ns4:permissionType><ns4:requiresRelativeAcceptance>false</ns4:requiresRelativeAcceptance>", "takes no requiresRelativeAcceptance"),
            "relatives-with-dont-know" => (Living, OdrClientRequests.Id(Living), "<ns4:permissionType>DONT_KNOW</ns4:permissionType><ns4:requiresRelativeAcceptance>true</ns4:requiresRelativeAcceptance>", "takes no requiresRelativeAcceptance"),
            "active-exists" => (Living, OdrClientRequests.Id(Living), B.Full, "already has an active"),
            "none-active" => (Living, OdrClientRequests.Id(Living), B.Full, "has no active"),
            _ => throw new ArgumentOutOfRangeException(nameof(refusal)),
        };
        // The state each refusal needs: an active registration for every operation but Create, so only the rule can refuse.
        bool registered = refusal == "active-exists" || (operation != B.Create && refusal != "none-active");
        if (registered && refusal != "not-a-cpr")
        {
            _host.AddActiveRegistration(cpr);
        }

        if (refusal == "person-information-down")
        {
            // The file client reloads a changed file; a malformed one is PersonInformation failing. It is built
            // first, as after any earlier call: a file already malformed when the client is built fails outside the
            // call (shared FilePersonInformationClient constructor), which the report names.
            _ = _host.Factory.Services.GetRequiredKeyedService<IPersonInformationClient>(OdrParts.PersonInformation);
            await File.WriteAllTextAsync(Path.Combine(_host.Factory.ConfigDirectory, OdrTestProperties.PersonsFileName), "not json");
        }

        var rowsBefore = Snapshot(cpr);
        string body = operation is B.Create or B.Update ? OdrClientRequests.WithRegistration(operation, registration, id) : B.WithId(operation, id);

        var answer = await _host.CallAsync("/odr/odr", body, _host.HealthProfessional(), OdrSoapContract.Action(operation));

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal(SoapFaultCodes.ProcessingProblem, answer.FaultCode);
        Assert.Equal(refusal == "person-information-down" ? "soap:Server" : "soap:Client", answer.FaultSide);
        Assert.Contains(expected, answer.FaultString, StringComparison.Ordinal);
        Assert.Equal(rowsBefore, Snapshot(cpr));
        Assert.Empty(_host.MinLog(cpr));

        var line = _host.LastAudit();
        Assert.Equal(500, OdrSoapHost.Code(line));
        var info = OdrSoapHost.Information(line, char.ToLowerInvariant(operation[0]) + operation[1..]);
        Assert.Equal(refusal == "missing-extension" ? string.Empty : cpr, info[OdrAudit.Cpr]);
        Assert.Equal(("health-professional", TestSts.Cvr), (info[OdrAudit.ActorType], info[OdrAudit.ActorCvr]));
        var validateCpr = OdrSoapHost.Information(line, OdrAudit.ValidateCprContext);
        Assert.Equal(refusal == "unknown-cpr" ? cpr : null, validateCpr.GetValueOrDefault(OdrAudit.CprDoesNotExist));
        Assert.Equal(refusal == "inactive-cpr" ? cpr : null, validateCpr.GetValueOrDefault(OdrAudit.CprInactive));
    }

    [Theory]
    [InlineData(OdrTestProperties.Dead, B.Get)]
    [InlineData(OdrTestProperties.Dead, B.Has)]
    [InlineData(OdrTestProperties.Dead, B.Delete)]
    [InlineData(OdrTestProperties.Emigrated, B.Delete)]
    [InlineData(OdrTestProperties.UnderFifteen, B.Get)]
    [InlineData(OdrTestProperties.UnderFifteen, B.Delete)]
    public async Task Inactive_and_young_persons_registrations_stay_readable_and_deletable(string cpr, string operation)
    {
        _host.AddActiveRegistration(cpr);

        var answer = await _host.CallAsync("/odr/odr", B.For(operation, cpr), _host.HealthProfessional(), OdrSoapContract.Action(operation));

        Assert.True(answer.Status == HttpStatusCode.OK, answer.FaultString);
        Assert.Equal(operation == B.Delete, _host.Rows(cpr).Single().ValidTo is not null);
        Assert.Single(_host.MinLog(cpr));
    }

    private List<(long Id, DateTime? ValidTo)> Snapshot(string cpr) => [.. _host.Rows(cpr).Select(r => (r.Id, r.ValidTo))];
}
