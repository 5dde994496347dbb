using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Salts.GetCurrentSalt;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Security;
using Nsp.Tests.Unit.Shared;

namespace Nsp.Tests.Unit.Idsas.Audit;

public sealed class IdsasActorAuditBehaviorTests
{
    private readonly AuditRecordAccessor _audit = new(new ManualTimeProvider(DateTimeOffset.UnixEpoch));
    private readonly SecurityContextAccessor _security = new();

    private async Task<List<(string Key, AuditInformationType Type, string? Value)>> ActorAfterAsync(SecurityContext caller)
    {
        _security.Set(caller);
        var record = _audit.Open(IdsasAudit.Category);
        var query = new GetCurrentSaltQuery();
        query.DescribeRequest(record);

        var answer = new GetCurrentSaltResult("c2FsdA==", DateTime.UnixEpoch);
        Assert.Same(answer, await new IdsasActorAuditBehavior<GetCurrentSaltQuery, GetCurrentSaltResult>(_audit, _security)
            .Handle(query, CancellationToken.None, () => Task.FromResult(answer)));
        return IdsasAuditKeys.Read(record, IdsasAudit.GetCurrentSaltContext).Take(2).ToList();
    }

    [Fact]
    public async Task The_actor_is_the_callers_cvr()
    {
        Assert.Equal(
            [(IdsasAudit.ActorId, AuditInformationType.NPI, "33257872"), (IdsasAudit.ActorIdSource, AuditInformationType.NPI, IdsasAudit.CvrSource)],
            await ActorAfterAsync(new SecurityContext { Kind = CallerKind.SystemCard, CareProviderId = "33257872", CareProviderIdFormat = "medcom:cvrnumber" }));
    }

    [Fact]
    public async Task A_care_provider_id_in_another_format_is_the_actor_when_there_is_no_cvr()
    {
        Assert.Equal(
            (IdsasAudit.ActorId, AuditInformationType.NPI, "123456789"),
            (await ActorAfterAsync(new SecurityContext { Kind = CallerKind.SystemCard, CareProviderId = "123456789", CareProviderIdFormat = "medcom:sor" }))[0]);
    }

    [Fact]
    public async Task The_next_step_is_required()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() =>
            new IdsasActorAuditBehavior<GetCurrentSaltQuery, GetCurrentSaltResult>(_audit, _security).Handle(new GetCurrentSaltQuery(), CancellationToken.None, null!));
    }
}
