using System.Globalization;
using System.Text;
using Nsp.Api.Shared.Hosting;
using Nsp.Application.Shared.Status;

namespace Nsp.Api.Shared.Status;

/// <summary>ODR's <c>/odr/status</c> (and <c>/odr/isAlive</c>): the status line (<c>200  OK</c>, two spaces), a blank
/// line, then Title, Deployed, Build-Date, Build-Version, Builder and Display time (UTC, milliseconds), in
/// ISO-8859-1. 500 (<c>500  Internal Server Error</c>) only when a datasource fails <c>SELECT 1</c>.</summary>
public static class DeploymentStatusPage
{
    public static StatusPage Render(string title, BuildInfo build, DateTimeOffset now, IEnumerable<StatusCheckResult> datasources)
    {
        ArgumentNullException.ThrowIfNull(build);
        ArgumentNullException.ThrowIfNull(datasources);
        var healthy = datasources.All(d => d.Healthy);
        var body = new StringBuilder()
            .Append(healthy ? "200  OK" : "500  Internal Server Error").Append('\n')
            .Append('\n')
            .Append("Title: ").Append(title).Append('\n')
            .Append("Deployed: ").Append(build.DeployedText).Append('\n')
            .Append("Build-Date: ").Append(build.BuildDate).Append('\n')
            .Append("Build-Version: ").Append(build.Version).Append('\n')
            .Append("Builder: ").Append(build.Builder).Append('\n')
            .Append("Display time: ")
            .Append(now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)).Append('\n');
        return new StatusPage(healthy ? StatusCodes.Status200OK : StatusCodes.Status500InternalServerError, body.ToString())
        {
            ContentType = StatusPage.PlainTextLatin1,
            Encoding = StatusPage.Latin1,
        };
    }
}
