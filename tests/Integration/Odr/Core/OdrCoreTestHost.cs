using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Application.Odr;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Application.Shared.Persistence;
using Nsp.Application.Shared.Security;
using Nsp.Infrastructure.Odr;
using Nsp.Infrastructure.Odr.Persistence;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared.Logging;
using Nsp.Tests.Integration.Shared.Pipeline;

namespace Nsp.Tests.Integration.Odr.Core;

/// <summary>A real container with the pipeline and ODR's registrations on a test database, as the Api module will
/// wire it (<c>AddNspApplication</c>, ODR's database, <c>AddOdr</c>), with PersonInformation in memory. Requests are
/// sent under a <see cref="SecurityContext"/> as the SOAP gateway sets it. Disposing fails when the application log
/// holds a CPR the test used: only the audit and MinLog may.</summary>
public sealed class OdrCoreTestHost : IAsyncDisposable
{
    public const string AdminSystem = "ODR Admin";

    private OdrCoreTestHost(ServiceProvider services, CapturingLoggerProvider log, InMemoryPersonInformation persons)
    {
        Services = services;
        Log = log;
        Persons = persons;
    }

    public ServiceProvider Services { get; }

    public CapturingLoggerProvider Log { get; }

    public InMemoryPersonInformation Persons { get; }

    public static OdrCoreTestHost Start(ServiceDatabaseOptions database, TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["odr:odr.admin.allowed.client.system.name"] = AdminSystem })
            .Build();
        var services = new ServiceCollection();
        var log = new CapturingLoggerProvider();
        services.AddLogging(l =>
        {
            l.SetMinimumLevel(LogLevel.Warning);
            log.AddTo(l);
        });
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddNspApplication(typeof(IOdrRequest).Assembly);
        services.AddServiceDatabase<OdrDbContext>(NspService.Odr, database);
        services.AddOdr(configuration);
        var persons = new InMemoryPersonInformation();
        services.AddKeyedSingleton<IPersonInformationClient>(OdrParts.PersonInformation, persons);
        return new OdrCoreTestHost(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = false }), log, persons);
    }

    public static SecurityContext Citizen(string cpr) => new()
    {
        Kind = CallerKind.CitizenToken,
        UserCpr = cpr,
        SoapHeaders = new SoapHeaderValues(MessageId: Guid.NewGuid().ToString()),
    };

    public static SecurityContext HealthProfessional() => new()
    {
        Kind = CallerKind.UserCard,
        UserCpr = "1111111118",
        UserAuthorizationCode = "ABC12",
        CareProviderId = "33257872",
        CareProviderIdFormat = "medcom:cvrnumber",
        OrganisationName = "Rigshospitalet",
        ItSystemName = "Transplantationskoord",
        SoapHeaders = new SoapHeaderValues(FlowId: "flow-" + Guid.NewGuid(), MessageId: Guid.NewGuid().ToString()),
    };

    public static SecurityContext SystemCard() => new()
    {
        Kind = CallerKind.SystemCard,
        CareProviderId = "44444444",
        CareProviderIdFormat = "medcom:cvrnumber",
        ItSystemName = "DDS",
        SoapHeaders = new SoapHeaderValues(MessageId: Guid.NewGuid().ToString()),
    };

    /// <summary>Sends through the pipeline as a call does (<see cref="AuditedPipelineCall"/>).</summary>
    public Task<(T? Response, Exception? Error, AuditRecord Audit)> SendAsync<T>(IRequest<T> request, SecurityContext caller) =>
        AuditedPipelineCall.SendAsync(Services, OdrAudit.Category, request, caller);

    public async Task<T> SendOkAsync<T>(IRequest<T> request, SecurityContext caller)
    {
        var (response, error, _) = await SendAsync(request, caller);
        Assert.Null(error);
        return response!;
    }

    public async Task<TResult> WithContextAsync<TResult>(Func<OdrDbContext, Task<TResult>> work)
    {
        using var testCode = CapturingLoggerProvider.TestCode();
        await using var scope = Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<OdrDbContext>();
        var result = await work(context);
        await context.SaveChangesAsync();
        return result;
    }

    public async Task WithScopeAsync(Func<IServiceProvider, Task> work)
    {
        using var testCode = CapturingLoggerProvider.TestCode();
        await using var scope = Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        CprScan.AssertNone(Log.Lines, []);
    }
}
