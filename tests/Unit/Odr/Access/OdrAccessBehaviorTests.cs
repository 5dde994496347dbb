using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Odr.Access;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Odr.Configuration;
using Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Unit.Odr.Access;

public sealed class OdrAccessBehaviorTests
{
    private static (OdrAccessBehavior<TRequest, TResponse> Behavior, AuditRecord Audit) Build<TRequest, TResponse>(SecurityContext caller)
        where TRequest : notnull
    {
        var services = new ServiceCollection()
            .AddSingleton(new OdrSettings { AdminAllowedSystems = [OdrCallers.AdminSystem] })
            .AddSingleton<OdrAccessMatrix>()
            .BuildServiceProvider();
        var audit = new AuditRecordAccessor(TimeProvider.System);
        var record = audit.Open(OdrAudit.Category);
        var security = new SecurityContextAccessor();
        security.Set(caller);
        return (new OdrAccessBehavior<TRequest, TResponse>(services, audit, security), record);
    }

    private static IReadOnlyList<AuditInformation> Keys(AuditRecord audit, string context) =>
        audit.Components.Single(c => c.Name == OdrAudit.Component).Contexts.Single(c => c.Name == context).Information;

    [Fact]
    public async Task A_refused_call_is_not_handled_and_its_audit_names_the_caller()
    {
        var (behavior, audit) = Build<GetOrganDonorRegistrationQuery, GetOrganDonorRegistrationResult>(OdrCallers.System());
        var handled = false;

        var refusal = await Assert.ThrowsAsync<NotAuthorizedException>(() => behavior.Handle(
            new GetOrganDonorRegistrationQuery(OdrCallers.DonorCpr, "CPR"),
            CancellationToken.None,
            () =>
            {
                handled = true;
                return Task.FromResult(new GetOrganDonorRegistrationResult(OdrCallers.DonorCpr, null));
            }));

        Assert.False(handled);
        Assert.Contains("system", refusal.Message, StringComparison.Ordinal);
        var keys = Keys(audit, OdrAudit.GetContext);
        Assert.Equal(
            [(OdrAudit.ActorType, AuditInformationType.NPI, "system"), (OdrAudit.ActorCvr, AuditInformationType.NPI, "44444444"), (OdrAudit.ActorAuthorizationCode, AuditInformationType.NPI, "")],
            keys.Select(k => (k.Key, k.Type, k.Value)));
    }

    [Fact]
    public async Task An_allowed_health_professional_is_handled_and_audited_with_cvr_and_authorisation_code()
    {
        var (behavior, audit) = Build<HasOrganDonorRegistrationQuery, HasOrganDonorRegistrationResult>(OdrCallers.HealthProfessional());

        var result = await behavior.Handle(
            new HasOrganDonorRegistrationQuery(OdrCallers.DonorCpr, "CPR"),
            CancellationToken.None,
            () => Task.FromResult(new HasOrganDonorRegistrationResult(true, false)));

        Assert.True(result.RegistrationExists);
        var keys = Keys(audit, OdrAudit.HasContext).ToDictionary(k => k.Key, k => k.Value);
        Assert.Equal("health-professional", keys[OdrAudit.ActorType]);
        Assert.Equal("33257872", keys[OdrAudit.ActorCvr]);
        Assert.Equal("ABC12", keys[OdrAudit.ActorAuthorizationCode]);
    }

    [Fact]
    public async Task The_admin_flag_of_the_request_selects_the_admin_column()
    {
        var (behavior, audit) = Build<GetOrganDonorRegistrationQuery, GetOrganDonorRegistrationResult>(OdrCallers.Admin());

        await behavior.Handle(
            new GetOrganDonorRegistrationQuery(OdrCallers.DonorCpr, "CPR", Admin: true),
            CancellationToken.None,
            () => Task.FromResult(new GetOrganDonorRegistrationResult(OdrCallers.DonorCpr, null)));

        Assert.Equal("admin", Keys(audit, OdrAudit.GetContext).Single(k => k.Key == OdrAudit.ActorType).Value);
    }

    [Fact]
    public async Task Requests_of_other_services_pass_without_the_matrix()
    {
        var behavior = new OdrAccessBehavior<string, string>(
            new ServiceCollection().BuildServiceProvider(), new AuditRecordAccessor(TimeProvider.System), new SecurityContextAccessor());

        Assert.Equal("ok", await behavior.Handle("not an ODR request", CancellationToken.None, () => Task.FromResult("ok")));
    }

    [Fact]
    public async Task The_next_step_is_required()
    {
        var (behavior, _) = Build<HasOrganDonorRegistrationQuery, HasOrganDonorRegistrationResult>(OdrCallers.HealthProfessional());

        await Assert.ThrowsAsync<ArgumentNullException>(() => behavior.Handle(new HasOrganDonorRegistrationQuery(OdrCallers.DonorCpr, "CPR"), CancellationToken.None, null!));
    }
}
