using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Hosting;

/// <summary>A production start (<c>nsp.environment=production</c>) found parts of the embedded default.</summary>
public sealed class EmbeddedDefaultRefusedException : Exception
{
    public EmbeddedDefaultRefusedException(IReadOnlyList<EmbeddedDefaultItem> refused)
        : base(Describe(refused))
    {
        Refused = refused;
    }

    public EmbeddedDefaultRefusedException()
        : this([])
    {
    }

    public EmbeddedDefaultRefusedException(string message)
        : base(message)
    {
        Refused = [];
    }

    public EmbeddedDefaultRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Refused = [];
    }

    public IReadOnlyList<EmbeddedDefaultItem> Refused { get; }

    private static string Describe(IReadOnlyList<EmbeddedDefaultItem> refused) =>
        $"{NspHostOptions.EnvironmentKey}=production refuses the embedded default, found: "
        + string.Join("; ", refused)
        + ". Set nsp.sts.federation=production with nsp.sts.production.certificates, point the named properties at the "
        + "operator's own files or services, and remove the first start's marker and its rows; or leave "
        + $"{NspHostOptions.EnvironmentKey} unset (development) in {NspPropertyFilesConfigurationProvider.RootFileName} "
        + "or NSP_ENVIRONMENT. See README, 'Leaving the embedded default'.";
}
