using Microsoft.Extensions.Configuration;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Persistence;
using Nsp.Domain.Shared.Time;

namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>
/// Our own <c>nsp.*</c> keys (DESIGN.md 4.8), from <c>nsp.properties</c> or <c>NSP_*</c> environment variables.
/// <see cref="From"/> validates them all at start-up, so a bad value stops the host with a message naming the key.
/// </summary>
public sealed record NspHostOptions
{
    public const string DefaultSqliteDirectory = "./data";

    public static readonly TimeSpan DefaultStsClockSkew = TimeSpan.FromMinutes(5);

    public DatabaseProvider DatabaseProvider { get; init; } = DatabaseProvider.Sqlite;

    /// <summary><c>nsp.db.sqlite.directory</c>: each service's file is <c>&lt;directory&gt;/&lt;service&gt;.db</c>.</summary>
    public string SqliteDirectory { get; init; } = DefaultSqliteDirectory;

    /// <summary><c>nsp.db.connectionstring</c>: the PostgreSQL database every service shares (one schema each).</summary>
    public string? SharedConnectionString { get; init; }

    /// <summary><c>nsp.db.&lt;service&gt;.connectionstring</c>: a service's own database, with either provider.</summary>
    public IReadOnlyDictionary<NspService, string> ServiceConnectionStrings { get; init; } = new Dictionary<NspService, string>();

    public StsFederation StsFederation { get; init; } = StsFederation.Local;

    /// <summary><c>nsp.environment</c>: whether the embedded default may run (<see cref="NspEnvironment"/>).</summary>
    public NspEnvironment Environment { get; init; } = NspEnvironment.Development;

    /// <summary><c>nsp.sts.test.certificates</c>: paths of trusted STS certificates (PEM or DER).</summary>
    public IReadOnlyList<string> StsTestCertificates { get; init; } = [];

    /// <summary><c>nsp.sts.production.certificates</c>: paths of trusted STS certificates (PEM or DER).</summary>
    public IReadOnlyList<string> StsProductionCertificates { get; init; } = [];

    public TimeSpan StsClockSkew { get; init; } = DefaultStsClockSkew;

    /// <summary><c>nsp.services</c>: the deployables this process serves, lowercase (<see cref="NspDeployables.All"/>);
    /// by default <see cref="NspDeployables.Default"/>.</summary>
    public IReadOnlyList<string> Services { get; init; } = NspDeployables.Default;

    /// <exception cref="InvalidPropertyException">A value that cannot be used (unknown provider, federation or part).</exception>
    /// <exception cref="MissingPropertyException">PostgreSQL without a connection string for a served service.</exception>
    public static NspHostOptions From(IConfiguration configuration)
    {
        PropertySection root = PropertySection.Root(configuration);
        var connectionStrings = new Dictionary<NspService, string>();
        foreach (NspService service in Enum.GetValues<NspService>())
        {
            if (root.GetOptionalString(ServiceConnectionStringKey(service)) is { } connectionString)
            {
                connectionStrings[service] = connectionString;
            }
        }

        TimeSpan clockSkew = root.GetDuration("nsp.sts.clock.skew", DefaultStsClockSkew);
        if (clockSkew < TimeSpan.Zero)
        {
            throw root.InvalidProperty("nsp.sts.clock.skew", IsoDuration.Format(clockSkew), "a duration of zero or more, such as PT5M");
        }

        var options = new NspHostOptions
        {
            DatabaseProvider = root.GetEnum("nsp.db.provider", DatabaseProvider.Sqlite),
            SqliteDirectory = root.GetOptionalString("nsp.db.sqlite.directory")?.Trim() ?? DefaultSqliteDirectory,
            SharedConnectionString = root.GetOptionalString("nsp.db.connectionstring"),
            ServiceConnectionStrings = connectionStrings,
            StsFederation = root.GetEnum("nsp.sts.federation", StsFederation.Local),
            Environment = root.GetEnum(EnvironmentKey, NspEnvironment.Development),
            StsTestCertificates = root.GetList("nsp.sts.test.certificates"),
            StsProductionCertificates = root.GetList("nsp.sts.production.certificates"),
            StsClockSkew = clockSkew,
            Services = ReadServices(root),
        };

        if (options.DatabaseProvider == DatabaseProvider.PostgreSql && options.SharedConnectionString is null)
        {
            foreach (NspService service in options.ServedServices().Where(s => !connectionStrings.ContainsKey(s)))
            {
                throw root.MissingProperty(
                    "nsp.db.connectionstring",
                    condition: $"when nsp.db.provider=postgresql and {ServiceConnectionStringKey(service)} is not set");
            }
        }

        return options;
    }

    public const string EnvironmentKey = "nsp.environment";

    public static string ServiceConnectionStringKey(NspService service) => $"nsp.db.{service.Key()}.connectionstring";

    public bool Serves(string deployable) => Services.Contains(deployable, StringComparer.OrdinalIgnoreCase);

    public bool Serves(NspService service) => ServedServices().Contains(service);

    /// <summary>The services behind the served deployables, each once.</summary>
    public IReadOnlyList<NspService> ServedServices() => [.. Services.Select(NspDeployables.ServiceOf).Distinct()];

    /// <summary>Where <paramref name="service"/> keeps its data: its own connection string if set; otherwise with
    /// SQLite <c>Data Source=&lt;directory&gt;/&lt;service&gt;.db</c>, with PostgreSQL the shared connection string.</summary>
    /// <exception cref="MissingPropertyException">PostgreSQL and neither connection string is set.</exception>
    public DatabaseTarget ForService(NspService service)
    {
        string? schema = DatabaseProvider == DatabaseProvider.PostgreSql ? service.Key() : null;
        if (ServiceConnectionStrings.TryGetValue(service, out string? own))
        {
            return new DatabaseTarget(service, DatabaseProvider, own, schema);
        }

        if (DatabaseProvider == DatabaseProvider.Sqlite)
        {
            return new DatabaseTarget(service, DatabaseProvider, $"Data Source={Path.Combine(SqliteDirectory, service.Key() + ".db")}", null);
        }

        return SharedConnectionString is { } shared
            ? new DatabaseTarget(service, DatabaseProvider, shared, schema)
            : throw new MissingPropertyException(
                $"Property 'nsp.db.connectionstring' is required in {NspPropertyFilesConfigurationProvider.RootFileName} "
                    + $"or environment variable NSP_DB_CONNECTIONSTRING when nsp.db.provider=postgresql and "
                    + $"{ServiceConnectionStringKey(service)} is not set.",
                "nsp.db.connectionstring",
                NspPropertyFilesConfigurationProvider.RootFileName);
    }

    private static List<string> ReadServices(PropertySection root)
    {
        const string key = "nsp.services";
        IReadOnlyList<string> listed = root.GetList(key, NspDeployables.Default);
        string expected = "a comma-separated list of parts, each one of " + string.Join(", ", NspDeployables.All);
        List<string> unknown = [.. listed.Where(name => !NspDeployables.IsKnown(name))];
        if (unknown.Count > 0)
        {
            throw root.InvalidProperty(key, root.GetString(key, string.Empty), $"{expected} (unknown: {string.Join(", ", unknown)})");
        }

        if (listed.Count == 0)
        {
            throw root.InvalidProperty(key, root.GetString(key, string.Empty), $"{expected}; leave it out to serve the default ({string.Join(", ", NspDeployables.Default)})");
        }

#pragma warning disable CA1308 // Deployable names are lowercase, as the seeds spell them.
        return [.. listed.Select(name => name.ToLowerInvariant()).Distinct()];
#pragma warning restore CA1308
    }
}
