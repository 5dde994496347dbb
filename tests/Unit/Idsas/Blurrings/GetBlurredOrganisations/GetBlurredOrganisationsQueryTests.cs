using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Audit;

namespace Nsp.Tests.Unit.Idsas.Blurrings.GetBlurredOrganisations;

public sealed class GetBlurredOrganisationsQueryTests
{
    private const string Patient = "1111111118";

    [Fact]
    public void The_query_names_its_operation_and_is_for_the_lookup_systems()
    {
        var query = new GetBlurredOrganisationsQuery(Patient);

        Assert.Equal("GetBlurredOrganisations", query.OperationName);
        Assert.Equal(IdsasWhitelistRules.AllowedForLookup, query.WhitelistRule);
    }

    [Fact]
    public void The_request_is_audited_with_the_patient_and_its_source_only()
    {
        var audit = IdsasAuditKeys.NewRecord();

        new GetBlurredOrganisationsQuery(Patient).DescribeRequest(audit);

        Assert.Equal(
            [(IdsasAudit.PatientId, AuditInformationType.RPI, Patient), (IdsasAudit.PatientIdSource, AuditInformationType.RPI, IdsasAudit.CprSource)],
            IdsasAuditKeys.Read(audit, IdsasAudit.GetBlurredOrganisationsContext));
    }

    [Theory]
    [InlineData(0, "false")]
    [InlineData(1, "true")]
    [InlineData(2, "true")]
    public void The_response_says_whether_active_blurrings_were_found(int found, string text)
    {
        var audit = IdsasAuditKeys.NewRecord();
        var query = new GetBlurredOrganisationsQuery(Patient);
        query.DescribeRequest(audit);

        query.DescribeResponse(audit, new GetBlurredOrganisationsResult([.. Enumerable.Repeat("33257872", found)]));

        Assert.Equal((IdsasAudit.ActiveBlurringsFound, AuditInformationType.RPI, text), IdsasAuditKeys.Read(audit, IdsasAudit.GetBlurredOrganisationsContext)[2]);
    }

    [Fact]
    public void Describing_needs_a_record_and_a_response()
    {
        var query = new GetBlurredOrganisationsQuery(Patient);

        Assert.Throws<ArgumentNullException>(() => query.DescribeRequest(null!));
        Assert.Throws<ArgumentNullException>(() => query.DescribeResponse(null!, new GetBlurredOrganisationsResult([])));
        Assert.Throws<ArgumentNullException>(() => query.DescribeResponse(IdsasAuditKeys.NewRecord(), null!));
    }
}
