using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Hosting;

/// <summary>Host-wide settings beyond <see cref="NspHostOptions"/>: where logs go.</summary>
public sealed record NspHostSettings(string LogDirectory)
{
    public const string LogDirectoryKey = "nsp.log.directory";

    public static NspHostSettings From(IConfiguration configuration) =>
        new(PropertySection.Root(configuration).GetString(LogDirectoryKey, "./logs").Trim());
}
