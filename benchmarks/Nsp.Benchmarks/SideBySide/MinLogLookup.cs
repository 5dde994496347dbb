using System.Globalization;
using Nsp.Api.MinLog.FirstStart;
using Nsp.Api.MinLog.Lookup;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// MinLog's ListLogStatements (issue 14's benchmark) for a citizen with 10,000 entries among 10M rows, by the local
/// sample system (whitelisted <c>minlogws</c> by the first start). The entries span two years; each request asks for
/// one month of them (about 420 entries, under <c>minlog.lookup.max.entries</c>), the months taken in turn.
/// </summary>
public static class MinLogLookup
{
    /// <summary>The lookup citizen's entries are spread evenly over the two years before the seeding.</summary>
    public const int MonthsOfEntries = 24;

    public static BenchOperation Operation(NspHostOptions hostOptions)
    {
        string sample = MinLogLookupSampleRequest.Envelope(MinLogLookupContract.Operation, hostOptions, TimeProvider.System)
            ?? throw new InvalidOperationException("No MinLog lookup sample envelope.");
        var now = DateTime.UtcNow;
        IReadOnlyList<string> months = [.. Enumerable.Range(1, MonthsOfEntries - 1).Select(m => string.Create(CultureInfo.InvariantCulture,
            $"<fraDato>{now.AddMonths(-m - 1):yyyy-MM-dd'T'HH:mm:ss'Z'}</fraDato><tilDato>{now.AddMonths(-m):yyyy-MM-dd'T'HH:mm:ss'Z'}</tilDato>"))];
        string body = $"<ml:ListLogStatementsRequest xmlns:ml=\"{MinLogLookupContract.Namespace}\"><cprNR>{BenchData.MinLogLookupCitizen}</cprNR>{EnvelopeTemplate.SubjectMarker}</ml:ListLogStatementsRequest>";
        return new BenchOperation(
            "MinLog", "ListLogStatements (1 month of 10,000 among 10M)", OperationKind.Read, MinLogLookupContract.Path,
            EnvelopeTemplate.From(sample, body), new SubjectPool.Cycle(months));
    }
}
