using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.OrgBlurrings;
using Nsp.Application.Idsas.OrgBlurrings.CreateOrgBlurring;
using Nsp.Application.Idsas.OrgBlurrings.RemoveOrgBlurring;
using Nsp.Application.Shared.Audit;

namespace Nsp.Tests.Unit.Idsas.OrgBlurrings;

public sealed class OrgBlurringAuditingTests
{
    [Fact]
    public void A_department_request_audits_the_actor_to_be_filled_in_the_org_id_and_its_source_in_lower_case()
    {
        var audit = IdsasAuditKeys.NewRecord();

        new CreateOrgBlurringCommand("123456", "SHAK").DescribeRequest(audit);
        new RemoveOrgBlurringCommand("7890", "SOR").DescribeRequest(audit);

        Assert.Equal(
            [
                (IdsasAudit.ActorId, AuditInformationType.NPI, ""),
                (IdsasAudit.ActorIdSource, AuditInformationType.NPI, IdsasAudit.CvrSource),
                (IdsasAudit.OrgId, AuditInformationType.NPI, "123456"),
                (IdsasAudit.OrgIdSource, AuditInformationType.NPI, "shak"),
            ],
            IdsasAuditKeys.Read(audit, IdsasAudit.CreateOrgBlurringContext));
        Assert.Equal(
            [(IdsasAudit.OrgId, AuditInformationType.NPI, "7890"), (IdsasAudit.OrgIdSource, AuditInformationType.NPI, "sor")],
            IdsasAuditKeys.Read(audit, IdsasAudit.RemoveOrgBlurringContext).Skip(2));
    }

    [Fact]
    public void A_record_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => OrgBlurringAuditing.Describe(null!, IdsasAudit.CreateOrgBlurringContext, "1", "SOR"));
    }

    [Fact]
    public void The_department_commands_name_their_operations_and_need_the_BLURRING_whitelist()
    {
        var create = new CreateOrgBlurringCommand("1", "SOR");
        var remove = new RemoveOrgBlurringCommand("1", "SOR");

        Assert.Equal(("CreateOrgBlurring", "RemoveOrgBlurring"), (create.OperationName, remove.OperationName));
        Assert.Equal((IdsasAudit.CreateOrgBlurringContext, IdsasAudit.RemoveOrgBlurringContext), (create.AuditContext, remove.AuditContext));
    }
}
