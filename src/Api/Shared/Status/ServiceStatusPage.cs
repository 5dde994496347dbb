using System.Text;
using Nsp.Application.Shared.Status;

namespace Nsp.Api.Shared.Status;

/// <summary>A service's <c>/status</c> page (IDSAS): one line per check, <c>Name: OK</c> or <c>Name: &lt;detail&gt;</c>;
/// 200, or the failure code (IDSAS: 503) when a deciding check fails. Informational checks (job
/// states) are listed after them but never change the code: a failed job raises the alarm, not the load balancer.</summary>
public static class ServiceStatusPage
{
    public static StatusPage Render(
        IEnumerable<StatusCheckResult> deciding, IEnumerable<StatusCheckResult> informational, int failureStatusCode = StatusCodes.Status503ServiceUnavailable)
    {
        ArgumentNullException.ThrowIfNull(deciding);
        ArgumentNullException.ThrowIfNull(informational);
        var body = new StringBuilder();
        var healthy = true;
        foreach (var result in deciding)
        {
            healthy &= result.Healthy;
            body.Append(result.Name).Append(": ").Append(result.Detail).Append('\n');
        }

        foreach (var result in informational)
        {
            body.Append(result.Name).Append(": ").Append(result.Detail).Append('\n');
        }

        return new StatusPage(healthy ? StatusCodes.Status200OK : failureStatusCode, body.ToString());
    }
}
