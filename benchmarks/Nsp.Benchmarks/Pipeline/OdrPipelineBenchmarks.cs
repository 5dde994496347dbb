using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Odr.FirstStart;
using Nsp.Application.Odr;
using Nsp.Application.Odr.Registrations;
using Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;
using Nsp.Application.Shared;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Benchmarks.Hosting;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Benchmarks.Pipeline;

/// <summary>
/// GetOrganDonorRegistration and HasOrganDonorRegistration through the whole MediatR pipeline (audit, access check,
/// validation with PersonInformation from the sample registry file, unit of work, MinLog outbox write, handler) as a
/// health professional (user card with an authorisation code), against the embedded default's SQLite file with
/// <see cref="OdrSeeder"/>'s 100 000 registrations (50 000 active, history and withdrawals), for a citizen with an
/// active registration and for one without any. Each call asks about another citizen. The breakdown:
/// <see cref="PersonInformationOnly"/> (validation's lookup), <see cref="RepositoryOnly"/> (a scope, its DbContext
/// and the handler's EF query), <see cref="MinLogOutboxOnly"/> (a scope and one outbox entry, saved).
/// </summary>
[MemoryDiagnoser]
public class OdrPipelineBenchmarks
{
    private PipelineCaller _pipeline = null!;
    private IPersonInformationClient _persons = null!;
    private int _next;

    [GlobalSetup]
    public async Task Setup()
    {
        _pipeline = await PipelineCaller.StartOdrAsync(new EmbeddedApiHostSettings());
        _persons = _pipeline.Host.Services.GetRequiredKeyedService<IPersonInformationClient>(OdrParts.PersonInformation);
        for (int index = 0; index < 8; index++)
        {
            var get = await _pipeline.SendAsync(new GetOrganDonorRegistrationQuery(OdrSeeder.Registered(index), "CPR"));
            var has = await _pipeline.SendAsync(new HasOrganDonorRegistrationQuery(OdrSeeder.Unregistered(index), "CPR"));
            var withdrawn = await _pipeline.SendAsync(new HasOrganDonorRegistrationQuery(OdrSeeder.Registered(OdrSeeder.ActiveCitizens + index), "CPR"));
            if (get.Registration is null || has.RegistrationExists || withdrawn.RegistrationExists)
            {
                throw new InvalidOperationException($"The seeded registrations of citizen {index} were not found as seeded.");
            }
        }
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _pipeline.DisposeAsync();

    [Benchmark]
    public Task<HasOrganDonorRegistrationResult> HasRegistered() =>
        _pipeline.SendAsync(new HasOrganDonorRegistrationQuery(OdrSeeder.Registered(NextActive()), "CPR"));

    [Benchmark]
    public Task<HasOrganDonorRegistrationResult> HasUnregistered() =>
        _pipeline.SendAsync(new HasOrganDonorRegistrationQuery(OdrSeeder.Unregistered(NextUnregistered()), "CPR"));

    [Benchmark]
    public Task<GetOrganDonorRegistrationResult> GetRegistered() =>
        _pipeline.SendAsync(new GetOrganDonorRegistrationQuery(OdrSeeder.Registered(NextActive()), "CPR"));

    [Benchmark]
    public Task<GetOrganDonorRegistrationResult> GetUnregistered() =>
        _pipeline.SendAsync(new GetOrganDonorRegistrationQuery(OdrSeeder.Unregistered(NextUnregistered()), "CPR"));

    /// <summary>Validation's PersonInformation question (the file client: a stat of the file under a lock, then a
    /// dictionary lookup).</summary>
    [Benchmark]
    public Task<PersonStatus?> PersonInformationOnly() =>
        _persons.GetStatusAsync(Cpr.Parse(OdrSeeder.Registered(NextActive())), CancellationToken.None);

    /// <summary>The handler's query alone: a scope, its DbContext and <c>FindActiveAsync</c>.</summary>
    [Benchmark]
    public async Task<OrganDonorRegistration?> RepositoryOnly()
    {
        await using var scope = _pipeline.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IOrganDonorRegistrationRepository>()
            .FindActiveAsync(Cpr.Parse(OdrSeeder.Registered(NextActive())), CancellationToken.None);
    }

    /// <summary>What MinLogBehavior adds for a professional's read: a scope and one entry in ODR's outbox (its
    /// regKode check and SaveChanges, committed on its own here, in the request's transaction in the pipeline).</summary>
    [Benchmark]
    public async Task<bool> MinLogOutboxOnly()
    {
        string cpr = OdrSeeder.Registered(NextActive());
        await using var scope = _pipeline.Host.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredKeyedService<IMinLogOutbox>(NspService.Odr);
        await outbox.AddAsync(
            [new MinLogEntry(RegKode.For(Guid.NewGuid().ToString("N"), cpr, OdrMinLogHandlings.Has), cpr, OdrSampleRequest.SampleUserCpr, null,
                LocalSampleSystem.Cvr, LocalSampleSystem.OrganisationName, LocalSampleSystem.ItSystemName, OdrMinLogHandlings.Has, Guid.NewGuid().ToString("N"), DateTime.UtcNow)],
            CancellationToken.None);
        return true;
    }

    private int NextActive() => _next = (_next + 7919) % OdrSeeder.ActiveCitizens;

    private int NextUnregistered() => _next = (_next + 7919) % OdrSeeder.UnregisteredCitizens;
}
