using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Shared.Security;
using Nsp.Application.Shared.MinLog;
using Nsp.Infrastructure.MinLog.Registration.Remote;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.MinLog.Registration;

/// <summary><c>sample-request AddRegistrations</c>: the envelope our own MinLog transfer sends (one entry about the
/// sample citizen, a fresh SequenceNumber), with a system card for <see cref="LocalSampleSystem"/> from the local STS.</summary>
public static class MinLogRegistrationSampleRequest
{
    public const string AddRegistrations = MinLog2Wire.SoapAction;

    public static IReadOnlyList<string> Operations { get; } = [AddRegistrations];

    /// <summary>The envelope for <paramref name="operation"/>, or null when it is not one of <see cref="Operations"/>.</summary>
    public static string? Envelope(string operation, NspHostOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (operation != AddRegistrations)
        {
            return null;
        }

        using var issuer = LocalStsIssuer.CreateOrLoad(
            Path.Combine(options.SqliteDirectory, SecurityServiceCollectionExtensions.LocalStsDirectoryName), time);
        var card = issuer.IssueSystemCard(LocalSampleSystem.Cvr, LocalSampleSystem.OrganisationName, LocalSampleSystem.ItSystemName);
        var entry = new MinLogEntry(
            Guid.NewGuid().ToString(),
            LocalSampleSystem.PatientCpr,
            "0000000000",
            null,
            LocalSampleSystem.Cvr,
            LocalSampleSystem.OrganisationName,
            LocalSampleSystem.ItSystemName,
            "Opslag i prøvesystemet",
            Guid.NewGuid().ToString("N"),
            time.GetUtcNow().UtcDateTime);
        return MinLogRegistrationEnvelope.Build(card.OuterXml, [entry], Guid.NewGuid().ToString("N"));
    }
}
