using System.Collections.Concurrent;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Idsas;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Persistence;
using Nsp.Application.Shared.Security;
using Nsp.Domain.Idsas.Whitelisting;
using Nsp.Infrastructure.Idsas;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Logging;
using Nsp.Tests.Integration.Shared.Pipeline;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>A real container with the pipeline and IDSAS's parts on a test database, as the Api modules wire it;
/// requests are sent under a <see cref="SecurityContext"/> set as the SOAP gateway sets it from a verified card.
/// Everything the application logs is captured; disposing the host fails when that log holds a CPR of the test's
/// data (the patient ids it sent or stored), since only the audit and MinLog files may.</summary>
public sealed class IdsasTestHost : IAsyncDisposable
{
    public const string WhitelistedCvr = "33257872";
    public const string StsSystem = "http://system.nspop.dk/sts";

    private readonly ConcurrentDictionary<string, bool> _testCprs = new(StringComparer.Ordinal);

    private IdsasTestHost(ServiceProvider services, CapturingLoggerProvider log)
    {
        Services = services;
        Log = log;
    }

    public ServiceProvider Services { get; }

    /// <summary>The application log of this host, as an operator's log file would hold it.</summary>
    public CapturingLoggerProvider Log { get; }

    /// <summary>The default configuration: all four parts, DATABASE and BOTH, the seed's test salt.</summary>
    public static Dictionary<string, string?> Configuration(string personInformationUrl) => new()
    {
        ["idsas-registration:idsas.registration.persist.strategy"] = "DATABASE",
        ["idsas-registration:personinformation.url"] = personInformationUrl,
        ["idsas-registration:personinformation.errorcount.duration"] = "PT10M",
        ["idsas-lookup:idsas.lookup.strategy"] = "BOTH",
        ["idsas-lookup:soresclient.url"] = "http://sores.test.invalid/sores/",
        ["idsas-operations:personinformation.url"] = personInformationUrl,
        ["idsas-patient-id-salt:idsas.patient.id.saltPrefix"] = "saltprefix",
        ["idsas-patient-id-salt:idsas.patient.id.saltPostfix"] = "saltpostfix",
    };

    public static IdsasTestHost Start(
        ServiceDatabaseOptions database,
        IDictionary<string, string?> properties,
        TimeProvider? time = null,
        Action<IServiceCollection>? replace = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(properties).Build();
        var services = new ServiceCollection();
        var log = new CapturingLoggerProvider();
        services.AddLogging(l =>
        {
            l.SetMinimumLevel(LogLevel.Warning);
            log.AddTo(l);
        });
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddNspApplication(typeof(IIdsasRequest).Assembly);
        services.AddServiceDatabase<IdsasDbContext>(NspService.Idsas, database);
        services.AddIdsasRegistration(configuration);
        services.AddIdsasLookup(configuration);
        services.AddIdsasSalt(configuration);
        services.AddIdsasOperations(configuration);
        replace?.Invoke(services);
        return new IdsasTestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }), log);
    }

    public static SecurityContext SystemCard(string? cvr = WhitelistedCvr, string format = "medcom:cvrnumber", string system = StsSystem) => new()
    {
        Kind = CallerKind.SystemCard,
        CareProviderId = cvr,
        CareProviderIdFormat = format,
        OrganisationName = "Sundhedsdatastyrelsen",
        ItSystemName = system,
        AuthenticationLevel = 3,
        IdCardType = "system",
        IdCardVersion = "1.0.1",
    };

    /// <summary>Sends through the pipeline as a call does (<see cref="AuditedPipelineCall"/>), remembering the CPRs
    /// its audit record names for the log scan.</summary>
    public async Task<(T? Response, Exception? Error, AuditRecord Audit)> SendAsync<T>(IRequest<T> request, SecurityContext caller)
    {
        var result = await AuditedPipelineCall.SendAsync(Services, IdsasAudit.Category, request, caller);
        RememberCprs(result.Audit.Components.SelectMany(c => c.Contexts).SelectMany(c => c.Information).Select(i => i.Value));
        return result;
    }

    public async Task<T> SendOkAsync<T>(IRequest<T> request, SecurityContext caller)
    {
        var (response, error, _) = await SendAsync(request, caller);
        Assert.Null(error);
        return response!;
    }

    public async Task<T> RunJobAsync<T>(IRequest<T> command, string jobName)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ISecurityContextAccessor>().Set(SecurityContext.ForJob(jobName));
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command);
    }

    public async Task WithContextAsync(Func<IdsasDbContext, Task> work)
    {
        using var testCode = CapturingLoggerProvider.TestCode();
        await using var scope = Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<IdsasDbContext>();
        await work(context);
        await context.SaveChangesAsync();
        RememberCprs(context.ChangeTracker.Entries<Nsp.Domain.Idsas.Blurrings.Blurring>().Select(e => e.Entity.PatientId));
    }

    public Task WhitelistAsync(string actorId, string type = WhitelistType.Blurring) =>
        WithContextAsync(c =>
        {
            c.Whitelist.Add(WhitelistEntry.Create(actorId, type, "support case 1"));
            return Task.CompletedTask;
        });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        CprScan.AssertNone(Log.Lines, [.. _testCprs.Keys, IdsasTestProperties.LivingCpr, IdsasTestProperties.DeadCpr]);
    }

    private void RememberCprs(IEnumerable<string?> values)
    {
        foreach (var value in values)
        {
            if (value is { Length: 10 } && value.All(char.IsAsciiDigit))
            {
                _testCprs.TryAdd(value, true);
            }
        }
    }

    /// <summary>A job's persisted status, read as the status pages read it.</summary>
    public async Task<Nsp.Domain.Shared.Jobs.JobStatus> JobStatusAsync(string job)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredKeyedService<IJobStateStore>(NspService.Idsas).LoadAsync(job, CancellationToken.None);
    }

    /// <summary>The patient ids that still have blurrings, sorted.</summary>
    public async Task<List<string>> RemainingPatientIdsAsync()
    {
        var remaining = new List<string>();
        await WithContextAsync(async c => remaining = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            c.Blurrings.Select(b => b.PatientId).Distinct().OrderBy(p => p)));
        return remaining;
    }
}
