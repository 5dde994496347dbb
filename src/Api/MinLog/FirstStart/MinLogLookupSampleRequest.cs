using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.MinLog.Lookup;
using Nsp.Api.Shared.Security;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.MinLog.FirstStart;

/// <summary>
/// <c>sample-request ListLogStatements</c>: a SOAP 1.1 envelope for <see cref="MinLogLookupContract.Path"/> with a
/// fresh system card (level 3) from the <see cref="LocalStsIssuer"/> for <see cref="LocalSampleSystem"/>, whose CVR the
/// first start whitelists under <c>minlogws</c>, asking for the sample citizen's log.
/// <c>CitizenListLogStatements</c> is the sample citizen's own IDWS call: a citizen token from the local STS, the
/// message signed with its holder-of-key over Body, wsu:Timestamp and the WS-Addressing headers (accepted once, within
/// the replay guard's message age).
/// </summary>
public static class MinLogLookupSampleRequest
{
    public const string CitizenPrefix = "Citizen";

    public static IReadOnlyList<string> Operations { get; } = [MinLogLookupContract.Operation, CitizenPrefix + MinLogLookupContract.Operation];

    /// <summary>The envelope for <paramref name="operation"/>, or null when it is not one of <see cref="Operations"/>.</summary>
    public static string? Envelope(string operation, NspHostOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (!Operations.Contains(operation, StringComparer.Ordinal))
        {
            return null;
        }

        using var issuer = LocalStsIssuer.CreateOrLoad(
            Path.Combine(options.SqliteDirectory, SecurityServiceCollectionExtensions.LocalStsDirectoryName), time);
        return operation.StartsWith(CitizenPrefix, StringComparison.Ordinal)
            ? SampleEnvelopes.IdwsCitizen(issuer, LocalSampleSystem.PatientCpr, MinLogLookupContract.Action, Body(), time)
            : SampleEnvelopes.Dgws(
                issuer.IssueSystemCard(LocalSampleSystem.Cvr, LocalSampleSystem.OrganisationName, LocalSampleSystem.ItSystemName), Body(), securityLevel: 3);
    }

    private static string Body() =>
        $"<ml:ListLogStatementsRequest xmlns:ml=\"{MinLogLookupContract.Namespace}\"><cprNR>{LocalSampleSystem.PatientCpr}</cprNR></ml:ListLogStatementsRequest>";
}
