using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Hosting;

/// <summary>Host-wide settings beyond <see cref="NspHostOptions"/>: where logs go, and AutoMapper's licence key
/// (without one AutoMapper works but logs a licence warning; production needs a Lucky Penny licence).</summary>
public sealed record NspHostSettings(string LogDirectory, string? AutoMapperLicenseKey)
{
    public const string LogDirectoryKey = "nsp.log.directory";
    public const string AutoMapperLicenseKeyKey = "automapper.license.key";

    public static NspHostSettings From(IConfiguration configuration)
    {
        var root = PropertySection.Root(configuration);
        return new(root.GetString(LogDirectoryKey, "./logs").Trim(), root.GetOptionalString(AutoMapperLicenseKeyKey)?.Trim());
    }
}
