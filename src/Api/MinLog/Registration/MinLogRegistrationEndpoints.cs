using MediatR;
using Nsp.Api.Shared.Modules;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Application.MinLog.Registration.AddRegistrations;
using Nsp.Infrastructure.MinLog.Registration;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.MinLog.Registration;

/// <summary>MinLog2 registration 20250312 (ADR 0037): <c>AddRegistrations</c> at
/// <see cref="MinLogRegistrationContract.Path"/> for DGWS system cards, with its WSDL and XSD.</summary>
public static class MinLogRegistrationEndpoints
{
    public static IServiceCollection AddMinLogRegistration(this IServiceCollection services, ModuleContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return services.AddMinLogRegistrationService(context.LogDirectory);
    }

    public const string MaxConcurrentRequestsKey = "minlog.registration.max.concurrent.requests";

    public static void MapMinLogRegistration(this IEndpointRouteBuilder endpoints, string part)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var assembly = typeof(MinLogRegistrationEndpoints).Assembly;
        var section = new PropertySection(endpoints.ServiceProvider.GetRequiredService<IConfiguration>(), part);
        endpoints.MapSoapEndpoint(MinLogRegistrationContract.Path, soap => soap
            .Version(SoapVersion.Soap11)
            .Security(SoapSecurity.Dgws)
            .Audit(MinLogRegistrationContract.AuditCategory)
            .MaxRequestBytes(SoapParsingLimits.MaxRequestBytes(section, MinLogRegistrationContract.DefaultMaxRequestBytes))
            // A 1,000-entry request holds tens of megabytes while it is parsed and stored (docs/benchmarks.md):
            // more at once only adds memory, not throughput.
            .MaxConcurrentRequests(SoapParsingLimits.MaxConcurrentRequests(section, MaxConcurrentRequestsKey))
            .Wsdl(assembly, MinLogRegistrationContract.Wsdl)
            .Xsd(assembly, MinLogRegistrationContract.Xsd)
            .Operation(
                MinLogRegistrationContract.RequestElement,
                MinLogRegistrationContract.SoapAction,
                IdCardRequirements.SystemLevel3,
                async (call, ct) =>
                {
                    var command = new AddRegistrationsCommand(RegistrationRequestReader.Read(call.Body));
                    var result = await call.Services.GetRequiredService<IMediator>().Send(command, ct);
                    return RegistrationResponseWriter.Write(result);
                }));
    }
}
