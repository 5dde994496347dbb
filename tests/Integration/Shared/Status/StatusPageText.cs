using Nsp.Api.Shared.Hosting;

namespace Nsp.Tests.Integration.Shared.Status;

/// <summary>A status page's text as the seed specifies it: without the embedded default's line (issue 18), which
/// <c>EmbeddedDefaultSafetyTests</c> checks on its own.</summary>
internal static class StatusPageText
{
    public static string SeedPart(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        int line = body.StartsWith(EmbeddedDefaultInventory.StatusLinePrefix, StringComparison.Ordinal)
            ? 0
            : body.IndexOf("\n" + EmbeddedDefaultInventory.StatusLinePrefix, StringComparison.Ordinal);
        return line switch
        {
            < 0 => body,
            0 => string.Empty,
            _ => body[..line],
        };
    }
}
