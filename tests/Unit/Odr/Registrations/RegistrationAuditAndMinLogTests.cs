using Nsp.Application.Odr.Audit;
using Nsp.Application.Odr.Registrations;
using Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.DeleteOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.MinLog;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;

namespace Nsp.Tests.Unit.Odr.Registrations;

public sealed class RegistrationAuditAndMinLogTests
{
    private const string Donor = OdrCallers.DonorCpr;

    private static List<(string Key, AuditInformationType Type, string? Value, string Values)> Keys(AuditRecord audit, string context) =>
        audit.Components.Single(c => c.Name == OdrAudit.Component).Contexts.Single(c => c.Name == context).Information
            .Select(i => (i.Key, i.Type, i.Value, string.Join(",", i.Values ?? [])))
            .ToList();

    private static AuditRecord NewRecord() => new(OdrAudit.Category, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Create_audits_cpr_as_regular_and_permission_type_and_organs_as_sensitive()
    {
        var audit = NewRecord();

        new CreateOrganDonorRegistrationCommand(Donor, "CPR", "LIMITED", new OrganPermissions(Heart: true, Skin: false), true).DescribeRequest(audit);

        Assert.Equal(
            [
                (OdrAudit.Cpr, AuditInformationType.RPI, Donor, ""),
                (OdrAudit.PermissionType, AuditInformationType.SPI, "LIMITED", ""),
                (OdrAudit.OrganPermissions, AuditInformationType.SPI, null, "heart=true,skin=false"),
            ],
            Keys(audit, OdrAudit.CreateContext));
    }

    [Fact]
    public void Update_and_delete_audit_in_their_own_contexts()
    {
        var audit = NewRecord();

        new UpdateOrganDonorRegistrationCommand(Donor, "CPR", "FULL", null, null).DescribeRequest(audit);
        new DeleteOrganDonorRegistrationCommand(Donor, "CPR").DescribeRequest(audit);

        Assert.Equal([OdrAudit.Cpr, OdrAudit.PermissionType, OdrAudit.OrganPermissions], Keys(audit, OdrAudit.UpdateContext).Select(k => k.Key));
        Assert.Equal([(OdrAudit.Cpr, AuditInformationType.RPI, Donor, "")], Keys(audit, OdrAudit.DeleteContext));
    }

    [Fact]
    public void Get_audits_what_it_read_and_only_the_cpr_when_nothing_was_found()
    {
        var found = NewRecord();
        var none = NewRecord();
        var query = new GetOrganDonorRegistrationQuery(Donor, "CPR");
        query.DescribeRequest(found);
        query.DescribeRequest(none);

        query.DescribeResponse(found, new GetOrganDonorRegistrationResult(Donor, new RegistrationDetails(
            Donor, PermissionType.LimitedWithResearch, new OrganPermissions(Lungs: true), null, DateTime.UnixEpoch)));
        query.DescribeResponse(none, new GetOrganDonorRegistrationResult(Donor, null));

        Assert.Equal(
            [
                (OdrAudit.Cpr, AuditInformationType.RPI, Donor, ""),
                (OdrAudit.PermissionType, AuditInformationType.SPI, "LIMITED_WITH_RESEARCH", ""),
                (OdrAudit.OrganPermissions, AuditInformationType.SPI, null, "lungs=true"),
            ],
            Keys(found, OdrAudit.GetContext));
        Assert.Equal([OdrAudit.Cpr], Keys(none, OdrAudit.GetContext).Select(k => k.Key));
    }

    [Theory]
    [InlineData(true, "true")]
    [InlineData(false, "false")]
    public void Has_audits_registration_exists_as_sensitive(bool exists, string text)
    {
        var audit = NewRecord();
        var query = new HasOrganDonorRegistrationQuery(Donor, "CPR");
        query.DescribeRequest(audit);

        query.DescribeResponse(audit, new HasOrganDonorRegistrationResult(exists, false));

        Assert.Contains((OdrAudit.RegistrationExists, AuditInformationType.SPI, text, ""), Keys(audit, OdrAudit.HasContext));
    }

    public static TheoryData<string, string> Handlings() => new()
    {
        { "create", "Oprettelse i Organdonorregistret" },
        { "update", "Opdatering i Organdonorregistret" },
        { "delete", "Sletning i Organdonorregistret" },
        { "get", "Opslag i Organdonorregistret" },
        { "has", "Forespørgsel om registrering i Organdonorregistret" },
    };

    private static IEnumerable<MinLogAccess> Access(string operation, bool byCitizen) => operation switch
    {
        "create" => new CreateOrganDonorRegistrationCommand(Donor, "CPR", "FULL", null, null).DescribeAccess(new(byCitizen)),
        "update" => new UpdateOrganDonorRegistrationCommand(Donor, "CPR", "FULL", null, null).DescribeAccess(new(byCitizen)),
        "delete" => new DeleteOrganDonorRegistrationCommand(Donor, "CPR").DescribeAccess(new(byCitizen)),
        "get" => new GetOrganDonorRegistrationQuery(Donor, "CPR").DescribeAccess(new(Donor, null)),
        _ => new HasOrganDonorRegistrationQuery(Donor, "CPR").DescribeAccess(new(true, byCitizen)),
    };

    [Theory]
    [MemberData(nameof(Handlings))]
    public void Anyone_but_the_citizen_leaves_one_MinLog_entry_naming_the_operation_in_danish(string operation, string handling)
    {
        var entry = Assert.Single(Access(operation, byCitizen: false));

        Assert.Equal(new MinLogAccess(Donor, handling), entry);
        Assert.True(handling.Length <= 75);
    }

    [Theory]
    [InlineData("create")]
    [InlineData("update")]
    [InlineData("delete")]
    [InlineData("has")]
    public void The_citizens_own_calls_leave_no_MinLog_entry(string operation) =>
        Assert.Empty(Access(operation, byCitizen: true));

    [Fact]
    public void Describing_the_response_needs_one()
    {
        Assert.Throws<ArgumentNullException>(() => new CreateOrganDonorRegistrationCommand(Donor, "CPR", "FULL", null, null).DescribeAccess(null!));
        Assert.Throws<ArgumentNullException>(() => new UpdateOrganDonorRegistrationCommand(Donor, "CPR", "FULL", null, null).DescribeAccess(null!));
        Assert.Throws<ArgumentNullException>(() => new DeleteOrganDonorRegistrationCommand(Donor, "CPR").DescribeAccess(null!));
        Assert.Throws<ArgumentNullException>(() => new GetOrganDonorRegistrationQuery(Donor, "CPR").DescribeResponse(NewRecord(), null!));
        Assert.Throws<ArgumentNullException>(() => new HasOrganDonorRegistrationQuery(Donor, "CPR").DescribeResponse(NewRecord(), null!));
        Assert.Throws<ArgumentNullException>(() => new HasOrganDonorRegistrationQuery(Donor, "CPR").DescribeAccess(null!));
    }
}
