using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.MinLog.FirstStart;
using Nsp.Api.MinLog.Registration;
using Nsp.Api.Odr.FirstStart;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Hosting;

/// <summary><c>sample-request &lt;operation&gt;</c>: prints a signed sample envelope for the embedded default's
/// first calls. Only for the local development STS, and never with <c>nsp.environment=production</c>.</summary>
public static class SampleRequestCommand
{
    public const string Command = IdsasSampleRequest.Command;

    /// <returns>The process exit code: 0 with the envelope written, 2 when refused or unknown.</returns>
    public static int Run(string operation, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = NspHostOptions.From(configuration);
        if (options.Environment == NspEnvironment.Production)
        {
            error.WriteLine($"{Command} is refused when {NspHostOptions.EnvironmentKey}=production.");
            return 2;
        }

        if (options.StsFederation != StsFederation.Local)
        {
            // Only the local development STS's cards are trusted by a server started with the same settings.
            error.WriteLine($"{Command} needs nsp.sts.federation=local.");
            return 2;
        }

        string? envelope = IdsasSampleRequest.Envelope(operation, options, TimeProvider.System)
            ?? OdrSampleRequest.Envelope(operation, options, TimeProvider.System)
            ?? MinLogRegistrationSampleRequest.Envelope(operation, options, TimeProvider.System)
            ?? MinLogLookupSampleRequest.Envelope(operation, options, TimeProvider.System);
        if (envelope is null)
        {
            error.WriteLine($"Usage: {Command} <{string.Join('|', IdsasSampleRequest.Operations.Concat(OdrSampleRequest.Operations).Concat(MinLogRegistrationSampleRequest.Operations).Concat(MinLogLookupSampleRequest.Operations))}>");
            return 2;
        }

        output.WriteLine(envelope);
        return 0;
    }
}
