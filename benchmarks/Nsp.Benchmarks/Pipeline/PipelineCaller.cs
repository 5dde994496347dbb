using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Odr.FirstStart;
using Nsp.Api.Shared.Security;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Security;
using Nsp.Benchmarks.Hosting;

namespace Nsp.Benchmarks.Pipeline;

/// <summary>
/// Sends requests into the real host's MediatR pipeline as the SOAP gateway does after reading the envelope: a scope
/// per call, the verified caller (<see cref="LocalSampleSystem"/>'s system card) in the security context and the
/// call's audit record open. No HTTP, no envelope, no audit line: those are measured elsewhere. For ODR
/// (<see cref="StartOdrAsync"/>) the caller is <see cref="OdrSampleRequest"/>'s health professional (a user card with
/// an authorisation code), with a fresh MessageID per call as the gateway would read it (MinLog's regKode is made
/// from it and is unique in the outbox).
/// </summary>
public sealed class PipelineCaller : IAsyncDisposable
{
    private readonly SecurityContext _caller;
    private readonly string _auditCategory;
    private readonly bool _freshMessageId;

    private PipelineCaller(EmbeddedApiHost host, SecurityContext caller, string auditCategory, bool freshMessageId)
    {
        Host = host;
        _caller = caller;
        _auditCategory = auditCategory;
        _freshMessageId = freshMessageId;
    }

    public EmbeddedApiHost Host { get; }

    /// <summary>Starts the host (migrations and first start included), seeds <see cref="BlurringSeeder"/>'s rows and
    /// verifies one card for every call.</summary>
    public static async Task<PipelineCaller> StartAsync(EmbeddedApiHostSettings settings)
    {
        var host = new EmbeddedApiHost(settings);
        var services = host.Services;
        await BlurringSeeder.SeedAsync(services);
        var issuer = services.GetRequiredService<LocalStsIssuer>();
        var card = issuer.IssueSystemCard(LocalSampleSystem.Cvr, LocalSampleSystem.OrganisationName, LocalSampleSystem.ItSystemName);
        var caller = services.GetRequiredService<IdCardVerifier>().VerifyToSecurityContext(card, IdCardRequirements.SystemLevel3);
        return new PipelineCaller(host, caller, IdsasAudit.Category, freshMessageId: false);
    }

    /// <summary>Starts a host serving ODR (its PersonInformation file knowing <see cref="OdrSeeder"/>'s citizens),
    /// seeds <see cref="OdrSeeder"/>'s registrations and verifies one health professional's user card.</summary>
    public static async Task<PipelineCaller> StartOdrAsync(EmbeddedApiHostSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var host = new EmbeddedApiHost(settings with { Services = "odr", OdrKnownCitizens = OdrSeeder.KnownCitizens() });
        var services = host.Services;
        await OdrSeeder.SeedAsync(services);
        var issuer = services.GetRequiredService<LocalStsIssuer>();
        var card = issuer.IssueUserCard(
            OdrSampleRequest.SampleUserCpr, "Lokal", "Sundhedsperson", LocalSampleSystem.Cvr, LocalSampleSystem.OrganisationName,
            LocalSampleSystem.ItSystemName, authorizationCode: OdrSampleRequest.SampleAuthorizationCode);
        var caller = services.GetRequiredService<IdCardVerifier>().VerifyToSecurityContext(
            card, IdCardRequirements.AnyCard(3), new SoapHeaderValues(FlowId: Guid.NewGuid().ToString("N"), MessageId: Guid.NewGuid().ToString("N")));
        return new PipelineCaller(host, caller, OdrAudit.Category, freshMessageId: true);
    }

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<ISecurityContextAccessor>().Set(
            _freshMessageId ? _caller with { SoapHeaders = _caller.SoapHeaders with { MessageId = Guid.NewGuid().ToString("N") } } : _caller);
        services.GetRequiredService<IAuditRecordAccessor>().Open(_auditCategory);
        return await services.GetRequiredService<IMediator>().Send(request);
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
