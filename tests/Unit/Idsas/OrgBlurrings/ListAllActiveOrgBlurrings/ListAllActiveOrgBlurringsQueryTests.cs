using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.OrgBlurrings;
using Nsp.Application.Idsas.OrgBlurrings.ListAllActiveOrgBlurrings;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Audit;
using Nsp.Domain.Idsas.OrgBlurrings;

namespace Nsp.Tests.Unit.Idsas.OrgBlurrings.ListAllActiveOrgBlurrings;

public sealed class ListAllActiveOrgBlurringsQueryTests
{
    [Fact]
    public void The_query_names_its_operation_and_is_for_the_registration_systems()
    {
        var query = new ListAllActiveOrgBlurringsQuery();

        Assert.Equal("ListAllActiveOrgBlurrings", query.OperationName);
        Assert.Equal(IdsasWhitelistRules.AllowedForRegistration, query.WhitelistRule);
        Assert.Equal(IdsasAudit.ListAllActiveOrgBlurringsContext, query.AuditContext);
    }

    [Fact]
    public void The_request_leaves_the_actor_and_the_count_to_be_filled_in_and_the_response_counts_the_org_blurrings()
    {
        var audit = IdsasAuditKeys.NewRecord();
        var query = new ListAllActiveOrgBlurringsQuery();
        query.DescribeRequest(audit);
        var requested = IdsasAuditKeys.Read(audit, IdsasAudit.ListAllActiveOrgBlurringsContext);

        query.DescribeResponse(audit, new ListAllActiveOrgBlurringsResult(
            [new ActiveOrgBlurring("123", OrgClassification.Sor, DateTime.UnixEpoch), new ActiveOrgBlurring("456", OrgClassification.Shak, DateTime.UnixEpoch)]));

        Assert.Equal(
            [
                (IdsasAudit.ActorId, AuditInformationType.NPI, ""),
                (IdsasAudit.ActorIdSource, AuditInformationType.NPI, IdsasAudit.CvrSource),
                (IdsasAudit.OrgBlurringsFound, AuditInformationType.NPI, ""),
            ],
            requested);
        Assert.Equal((IdsasAudit.OrgBlurringsFound, AuditInformationType.NPI, "2"), IdsasAuditKeys.Read(audit, IdsasAudit.ListAllActiveOrgBlurringsContext)[2]);
    }

    [Fact]
    public void Describing_needs_a_record_and_a_response()
    {
        var query = new ListAllActiveOrgBlurringsQuery();

        Assert.Throws<ArgumentNullException>(() => query.DescribeRequest(null!));
        Assert.Throws<ArgumentNullException>(() => query.DescribeResponse(null!, new ListAllActiveOrgBlurringsResult([])));
        Assert.Throws<ArgumentNullException>(() => query.DescribeResponse(IdsasAuditKeys.NewRecord(), null!));
    }
}
