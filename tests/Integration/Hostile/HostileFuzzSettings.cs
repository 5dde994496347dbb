using System.Globalization;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>The run's seed and size: fixed by default so CI is reproducible; <c>NSP_FUZZ_SEED</c> and
/// <c>NSP_FUZZ_CASES</c> override them (a failure message names both).</summary>
public sealed record HostileFuzzSettings(int Seed, int Cases)
{
    public const int DefaultSeed = 20_261_207;
    public const int DefaultCases = 10_000;

    public static HostileFuzzSettings FromEnvironment() =>
        new(Read("NSP_FUZZ_SEED", DefaultSeed), Read("NSP_FUZZ_CASES", DefaultCases));

    private static int Read(string name, int fallback)
    {
        string? text = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(text)
            ? fallback
            : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                ? value
                : throw new InvalidOperationException($"{name} must be a whole number, not '{text}'.");
    }
}
