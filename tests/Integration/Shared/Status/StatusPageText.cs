using Nsp.Api.Shared.Hosting;

namespace Nsp.Tests.Integration.Shared.Status;

/// <summary>A status page's text as the seed specifies it: without the embedded default's line (issue 18), which
/// <c>EmbeddedDefaultSafetyTests</c> checks on its own.</summary>
internal static class StatusPageText
{
    /// <summary>The JSON status page (ODR's notification job) without its <c>embeddedDefault</c> key.</summary>
    public static string SeedJson(string body)
    {
        var page = System.Text.Json.Nodes.JsonNode.Parse(body)!.AsObject();
        page.Remove(Nsp.Api.Odr.Operations.NotificationStatusPage.EmbeddedDefaultKey);
        return page.ToJsonString();
    }

    public static (System.Net.HttpStatusCode Status, string Body) SeedPart((System.Net.HttpStatusCode Status, string Body) page) =>
        (page.Status, SeedPart(page.Body));

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
