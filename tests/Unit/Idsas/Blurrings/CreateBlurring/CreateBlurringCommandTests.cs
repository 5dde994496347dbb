using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Blurrings.CreateBlurring;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Audit;

namespace Nsp.Tests.Unit.Idsas.Blurrings.CreateBlurring;

public sealed class CreateBlurringCommandTests
{
    private const string Patient = "1111111118";
    private const string Hash = "efe3b97049ba8d0b4843d6a524ea09ac89d9632e65d4c663c09578933a88440f";

    [Fact]
    public void The_command_names_its_operation_and_needs_the_BLURRING_whitelist()
    {
        var command = new CreateBlurringCommand(Patient, null);

        Assert.Equal("CreateBlurring", command.OperationName);
        Assert.Equal(IdsasWhitelistRules.Blurring, command.WhitelistRule);
        Assert.Equal(IdsasAudit.CreateBlurringContext, command.AuditContext);
    }

    [Fact]
    public void The_request_is_audited_with_the_seeds_keys_and_the_expiry_in_utc_with_milliseconds()
    {
        var audit = IdsasAuditKeys.NewRecord();

        new CreateBlurringCommand(Patient, new DateTimeOffset(2026, 12, 24, 13, 30, 15, 250, TimeSpan.FromHours(1))).DescribeRequest(audit);

        Assert.Equal(
            [
                (IdsasAudit.PatientId, AuditInformationType.RPI, Patient),
                (IdsasAudit.PatientIdSource, AuditInformationType.RPI, IdsasAudit.CprSource),
                (IdsasAudit.HashedPatientId, AuditInformationType.RPI, ""),
                (IdsasAudit.ActorId, AuditInformationType.NPI, ""),
                (IdsasAudit.ActorIdSource, AuditInformationType.NPI, IdsasAudit.CvrSource),
                (IdsasAudit.ExpiryDateTime, AuditInformationType.NPI, "2026-12-24T12:30:15.250Z"),
            ],
            IdsasAuditKeys.Read(audit, IdsasAudit.CreateBlurringContext));
    }

    [Fact]
    public void The_response_fills_in_the_hashed_patient_id_in_its_place()
    {
        var audit = IdsasAuditKeys.NewRecord();
        var command = new CreateBlurringCommand(Patient, null);
        command.DescribeRequest(audit);

        command.DescribeResponse(audit, new CreateBlurringResult(Patient, "33257872", DateTime.UnixEpoch, Hash));

        var keys = IdsasAuditKeys.Read(audit, IdsasAudit.CreateBlurringContext);
        Assert.Equal((IdsasAudit.HashedPatientId, AuditInformationType.RPI, Hash), keys[2]);
        Assert.Equal(6, keys.Count);
    }

    [Fact]
    public void Describing_needs_a_record_and_a_response()
    {
        var command = new CreateBlurringCommand(Patient, null);

        Assert.Throws<ArgumentNullException>(() => command.DescribeRequest(null!));
        Assert.Throws<ArgumentNullException>(() => command.DescribeResponse(null!, new CreateBlurringResult(Patient, "33257872", DateTime.UnixEpoch, null)));
        Assert.Throws<ArgumentNullException>(() => command.DescribeResponse(IdsasAuditKeys.NewRecord(), null!));
    }
}
