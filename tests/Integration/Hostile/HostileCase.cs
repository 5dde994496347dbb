using System.Text;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>One mutated request, ready to send, and how it was made.</summary>
/// <param name="Index">The case's number in its run; with the seed it regenerates the case.</param>
/// <param name="ContentType">The Content-Type header as sent, or null for none.</param>
/// <param name="SoapAction">The SOAPAction header values as sent (none, one, or several).</param>
/// <param name="Operators">The operators applied, in order, each with the variant it chose.</param>
/// <param name="MustBeRefused">An operator made the message unacceptable whatever else happened (e.g. truncated it):
/// an HTTP 200 for it is a failure.</param>
public sealed record HostileCase(
    int Index,
    HostileBaseRequest Base,
    string Method,
    byte[] Payload,
    string? ContentType,
    IReadOnlyList<string> SoapAction,
    IReadOnlyList<string> Operators,
    bool MustBeRefused)
{
    /// <summary>What a failure message needs to reproduce and read the case: seed, index, operators and a truncated
    /// copy of the payload (as UTF-8 with invalid bytes replaced).</summary>
    public string Describe(int seed, int maxPayloadChars = 2000)
    {
        string text = Encoding.UTF8.GetString(Payload);
        string shown = text.Length <= maxPayloadChars ? text : text[..maxPayloadChars] + $"... ({Payload.Length} bytes in all)";
        return $"seed {seed}, case {Index} (reproduce: NSP_FUZZ_SEED={seed} NSP_FUZZ_CASES={Index + 1}), " +
            $"operation {Base.Operation} at {Method} {Base.Path}, operators [{string.Join("; ", Operators)}], " +
            $"Content-Type '{ContentType ?? "(none)"}', SOAPAction [{string.Join(" | ", SoapAction.Select(a => "'" + a + "'"))}], payload:\n{shown}";
    }
}
