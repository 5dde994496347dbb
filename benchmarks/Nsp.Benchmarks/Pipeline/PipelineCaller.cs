using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Shared.Security;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Security;
using Nsp.Benchmarks.Hosting;

namespace Nsp.Benchmarks.Pipeline;

/// <summary>
/// Sends requests into the real host's MediatR pipeline as the SOAP gateway does after reading the envelope: a scope
/// per call, the verified caller (<see cref="LocalSampleSystem"/>'s system card) in the security context and the
/// call's audit record open. No HTTP, no envelope, no audit line: those are measured elsewhere.
/// </summary>
public sealed class PipelineCaller : IAsyncDisposable
{
    private readonly SecurityContext _caller;

    private PipelineCaller(EmbeddedApiHost host, SecurityContext caller)
    {
        Host = host;
        _caller = caller;
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
        return new PipelineCaller(host, caller);
    }

    public async Task<TResponse> SendAsync<TResponse>(IRequest<TResponse> request)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<ISecurityContextAccessor>().Set(_caller);
        services.GetRequiredService<IAuditRecordAccessor>().Open(IdsasAudit.Category);
        return await services.GetRequiredService<IMediator>().Send(request);
    }

    public async ValueTask DisposeAsync() => await Host.DisposeAsync();
}
