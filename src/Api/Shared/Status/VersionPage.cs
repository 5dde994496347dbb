using System.Text;
using Nsp.Api.Shared.Hosting;

namespace Nsp.Api.Shared.Status;

/// <summary>The <c>/version</c> page: the build that is deployed, one <c>Key: value</c> line each.</summary>
public static class VersionPage
{
    public static StatusPage Render(BuildInfo build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var body = new StringBuilder()
            .Append("Build-Version: ").Append(build.Version).Append('\n')
            .Append("Build-Date: ").Append(build.BuildDate).Append('\n')
            .Append("Builder: ").Append(build.Builder).Append('\n')
            .Append("Deployed: ").Append(build.DeployedText).Append('\n');
        return new StatusPage(StatusCodes.Status200OK, body.ToString());
    }
}
