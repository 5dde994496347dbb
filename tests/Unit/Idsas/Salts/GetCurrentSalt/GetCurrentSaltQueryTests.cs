using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Salts.GetCurrentSalt;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Audit;

namespace Nsp.Tests.Unit.Idsas.Salts.GetCurrentSalt;

public sealed class GetCurrentSaltQueryTests
{
    [Fact]
    public void The_query_names_its_operation_and_is_for_the_salt_systems()
    {
        var query = new GetCurrentSaltQuery();

        Assert.Equal("GetCurrentSalt", query.OperationName);
        Assert.Equal(IdsasWhitelistRules.AllowedForSalt, query.WhitelistRule);
        Assert.Equal(IdsasAudit.GetCurrentSaltContext, query.AuditContext);
    }

    [Fact]
    public void The_request_leaves_the_actor_and_the_salt_to_be_filled_in_and_the_response_audits_the_salt()
    {
        var audit = IdsasAuditKeys.NewRecord();
        var query = new GetCurrentSaltQuery();
        query.DescribeRequest(audit);
        var requested = IdsasAuditKeys.Read(audit, IdsasAudit.GetCurrentSaltContext);

        query.DescribeResponse(audit, new GetCurrentSaltResult("c2FsdA==", DateTime.UnixEpoch));

        Assert.Equal(
            [
                (IdsasAudit.ActorId, AuditInformationType.NPI, ""),
                (IdsasAudit.ActorIdSource, AuditInformationType.NPI, IdsasAudit.CvrSource),
                (IdsasAudit.Base64EncodedSalt, AuditInformationType.NPI, ""),
            ],
            requested);
        Assert.Equal((IdsasAudit.Base64EncodedSalt, AuditInformationType.NPI, "c2FsdA=="), IdsasAuditKeys.Read(audit, IdsasAudit.GetCurrentSaltContext)[2]);
    }

    [Fact]
    public void Describing_needs_a_record_and_a_response()
    {
        var query = new GetCurrentSaltQuery();

        Assert.Throws<ArgumentNullException>(() => query.DescribeRequest(null!));
        Assert.Throws<ArgumentNullException>(() => query.DescribeResponse(null!, new GetCurrentSaltResult("c2FsdA==", DateTime.UnixEpoch)));
        Assert.Throws<ArgumentNullException>(() => query.DescribeResponse(IdsasAuditKeys.NewRecord(), null!));
    }
}
