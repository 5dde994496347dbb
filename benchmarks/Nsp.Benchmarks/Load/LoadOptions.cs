using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Nsp.Benchmarks.Load;

/// <summary>The load driver's bounds and mix, from <c>load [--requests N] [--concurrency C] [--seconds S]
/// [--create-percent P] [--log-level L] [--service idsas|odr] [--get-percent P]</c>.</summary>
public sealed record LoadOptions
{
    /// <summary>Measured requests; the run also stops at <see cref="Duration"/>, whichever comes first.</summary>
    public int Requests { get; init; } = 20_000;

    /// <summary>Requests in flight at once, each worker with its own card (a client of its own).</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>The hard stop of the measured phase.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Percentage of CreateBlurring among the requests; the rest are GetBlurredOrganisations.</summary>
    public int CreatePercent { get; init; } = 10;

    /// <summary>The service driven: <c>idsas</c> (GetBlurredOrganisations and CreateBlurring) or <c>odr</c>
    /// (HasOrganDonorRegistration and GetOrganDonorRegistration on <c>/odr/odr</c>).</summary>
    public string Service { get; init; } = Idsas;

    /// <summary>ODR only: percentage of GetOrganDonorRegistration among the requests; the rest are Has.</summary>
    public int GetPercent { get; init; } = 50;

    public const string Idsas = "idsas";
    public const string Odr = "odr";

    /// <summary>The host's <c>Logging:LogLevel:Default</c>.</summary>
    public LogLevel LogLevel { get; init; } = LogLevel.Warning;

    public static LoadOptions? Parse(IReadOnlyList<string> args, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(errors);
        var options = new LoadOptions();
        for (int i = 0; i < args.Count; i += 2)
        {
            string? value = i + 1 < args.Count ? args[i + 1] : null;
            LoadOptions? next = (args[i], value) switch
            {
                ("--requests", { } v) when Positive(v, out int n) => options with { Requests = n },
                ("--concurrency", { } v) when Positive(v, out int n) => options with { Concurrency = n },
                ("--seconds", { } v) when Positive(v, out int n) => options with { Duration = TimeSpan.FromSeconds(Math.Min(n, 600)) },
                ("--create-percent", { } v) when int.TryParse(v, CultureInfo.InvariantCulture, out int n) && n is >= 0 and <= 100 =>
                    options with { CreatePercent = n },
                ("--service", Idsas or Odr) => options with { Service = value! },
                ("--get-percent", { } v) when int.TryParse(v, CultureInfo.InvariantCulture, out int n) && n is >= 0 and <= 100 =>
                    options with { GetPercent = n },
                ("--log-level", { } v) when Enum.TryParse(v, ignoreCase: true, out LogLevel level) => options with { LogLevel = level },
                _ => null,
            };
            if (next is null)
            {
                errors.WriteLine(
                    $"Cannot read '{args[i]} {value}'. Usage: load [--requests N] [--concurrency C] [--seconds S (at most 600)] "
                    + "[--create-percent 0..100] [--log-level Information|Warning|...] [--service idsas|odr] [--get-percent 0..100 (odr)]");
                return null;
            }

            options = next;
        }

        return options;
    }

    private static bool Positive(string text, out int value) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out value) && value > 0;
}
