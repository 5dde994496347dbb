using System.Text.RegularExpressions;

namespace Nsp.Domain.Shared.Time;

/// <summary>The ISO-8601 grammars java.time accepts (Period.parse, Duration.parse), so the seeds' values parse
/// the same here. [0-9] rather than \d: .NET's \d also matches non-ASCII digits.</summary>
internal static partial class IsoPatterns
{
    [GeneratedRegex(
        "^([-+]?)P(?:([-+]?[0-9]+)Y)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)W)?(?:([-+]?[0-9]+)D)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Period();

    [GeneratedRegex(
        "^([-+]?)P(?:([-+]?[0-9]+)D)?(T(?:([-+]?[0-9]+)H)?(?:([-+]?[0-9]+)M)?(?:([-+]?[0-9]+)(?:[.,]([0-9]{0,9}))?S)?)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Duration();
}
