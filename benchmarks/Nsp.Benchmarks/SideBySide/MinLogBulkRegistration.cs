using System.Globalization;
using System.Text.RegularExpressions;
using Nsp.Api.MinLog.Registration;
using Nsp.Application.Shared.MinLog;
using Nsp.Infrastructure.MinLog.Registration.Remote;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// MinLog's AddRegistrations with 1,000 entries per request (issue 14's benchmark), signed with the local sample
/// system's card as the sample request is: 1,000 citizens, no SequenceNumber, so the service generates each entry's
/// from the request's MessageID and the entry's position and every request stores 1,000 new rows.
/// </summary>
public static partial class MinLogBulkRegistration
{
    public const int EntriesPerRequest = 1000;

    public static BenchOperation Operation(NspHostOptions hostOptions)
    {
        string sample = MinLogRegistrationSampleRequest.Envelope(MinLogRegistrationSampleRequest.AddRegistrations, hostOptions, TimeProvider.System)
            ?? throw new InvalidOperationException("No MinLog sample envelope.");
        var now = DateTime.UtcNow;
        var entries = SubjectPool.Cprs(BenchData.MinLogBulkFrom, 0, EntriesPerRequest)
            .Select((cpr, i) => new MinLogEntry(
                "x", cpr, "0000000000", null, "12345678", "Benchmark Organisation", "BenchSystem",
                "Opslag i benchmark", "session-" + i.ToString(CultureInfo.InvariantCulture), now))
            .ToList();
        string built = MinLogRegistrationEnvelope.Build("<x/>", entries, "m");
        string body = SequenceNumber().Replace(Body().Match(built).Groups["body"].Value, string.Empty);
        return new BenchOperation(
            "MinLog", "AddRegistrations (1,000 entries)", OperationKind.Write, MinLogRegistrationContract.Path,
            EnvelopeTemplate.From(sample, body), SubjectPool.None, PgbenchScripts.AddRegistrationsBulk(EntriesPerRequest));
    }

    [GeneratedRegex("<SequenceNumber>[^<]*</SequenceNumber>")]
    private static partial Regex SequenceNumber();

    [GeneratedRegex("<soap:Body>(?<body>.*)</soap:Body>", RegexOptions.Singleline)]
    private static partial Regex Body();
}
