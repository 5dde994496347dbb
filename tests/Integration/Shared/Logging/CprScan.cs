using System.Text.RegularExpressions;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Integration.Shared.Logging;

/// <summary>Finds CPR numbers in log lines: any of the given CPRs (the test's data) anywhere, also inside longer digit
/// runs such as a Kafka key (patient id + CVR), and any standalone 10-digit number that is a valid CPR.</summary>
public static partial class CprScan
{
    public static IReadOnlyList<string> Findings(IEnumerable<string> lines, IEnumerable<string> knownCprs)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var known = knownCprs.Where(c => c.Length == 10 && c.All(char.IsAsciiDigit)).ToHashSet(StringComparer.Ordinal);
        var findings = new List<string>();
        foreach (var line in lines)
        {
            var hits = known.Where(c => line.Contains(c, StringComparison.Ordinal))
                .Concat(StandaloneTenDigits().Matches(line).Select(m => m.Value).Where(v => Cpr.TryParse(v, out _)))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (hits.Count > 0)
            {
                findings.Add($"[{string.Join(", ", hits)}] in: {line}");
            }
        }

        return findings;
    }

    /// <summary>Throws when the lines hold a CPR, naming the lines.</summary>
    public static void AssertNone(IEnumerable<string> lines, IEnumerable<string> knownCprs)
    {
        var findings = Findings(lines, knownCprs);
        if (findings.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                "The application log holds CPR numbers (only the audit and MinLog files may):\n" + string.Join("\n", findings.Take(20)));
        }
    }

    [GeneratedRegex(@"(?<![0-9A-Za-z])[0-9]{10}(?![0-9A-Za-z])")]
    private static partial Regex StandaloneTenDigits();
}
