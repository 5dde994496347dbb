using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Security;

public static class SecurityServiceCollectionExtensions
{
    /// <summary>The subdirectory of the data directory that holds the local development STS's key pair.</summary>
    public const string LocalStsDirectoryName = "local-sts";

    /// <summary>Registers the trusted STS certificates, the <see cref="IdCardVerifier"/> and, in <c>local</c> mode, the
    /// <see cref="LocalStsIssuer"/> (its key pair in <c>&lt;dataDirectory&gt;/local-sts</c>). Trust is loaded here, so a
    /// missing or unreadable certificate stops start-up with a message naming the property.</summary>
    public static IServiceCollection AddIdCardVerification(
        this IServiceCollection services,
        NspHostOptions options,
        string dataDirectory,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        timeProvider ??= TimeProvider.System;
        LocalStsIssuer? localIssuer = options.StsFederation == StsFederation.Local
            ? LocalStsIssuer.CreateOrLoad(Path.Combine(dataDirectory, LocalStsDirectoryName), timeProvider)
            : null;
        var trusted = TrustedStsCertificates.For(options, localIssuer);
        if (localIssuer is not null)
        {
            services.AddSingleton(localIssuer);
        }

        services.AddSingleton(trusted);
        services.AddSingleton(new IdCardVerifier(trusted, timeProvider, options.StsClockSkew));
        return services;
    }
}
