using Microsoft.Extensions.Configuration;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Persistence;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Tests.Unit.Shared.Configuration;

public sealed class NspHostOptionsTests
{
    private static NspHostOptions From(params (string Key, string Value)[] properties)
    {
        var data = new Dictionary<string, string?> { [NspConfigDirectory.ConfigurationKey] = "/etc/nsp" };
        foreach ((string key, string value) in properties)
        {
            data[key] = value;
        }

        return NspHostOptions.From(new ConfigurationBuilder().AddInMemoryCollection(data).Build());
    }

    [Fact]
    public void Without_properties_the_defaults_apply()
    {
        NspHostOptions options = From();

        Assert.Equal(DatabaseProvider.Sqlite, options.DatabaseProvider);
        Assert.Equal("./data", options.SqliteDirectory);
        Assert.Null(options.SharedConnectionString);
        Assert.Empty(options.ServiceConnectionStrings);
        Assert.Equal(StsFederation.Local, options.StsFederation);
        Assert.Empty(options.StsTestCertificates);
        Assert.Empty(options.StsProductionCertificates);
        Assert.Equal(TimeSpan.FromMinutes(5), options.StsClockSkew);
        // Only the parts whose operations exist; the others are served when named (nsp.services=brs-nsp).
        Assert.Equal(["idsas-registration", "idsas-lookup", "idsas-salt", "idsas-operations", "odr", "odr-operations", "minlog"], options.Services);
        Assert.Equal(11, NspDeployables.All.Count);
    }

    [Fact]
    public void With_sqlite_each_service_has_its_own_file_in_the_directory_and_no_schema()
    {
        NspHostOptions options = From(("nsp.db.sqlite.directory", "/var/lib/nsp"));

        Assert.Equal(new DatabaseTarget(NspService.MinLog, DatabaseProvider.Sqlite, "Data Source=/var/lib/nsp/minlog.db", null), options.ForService(NspService.MinLog));
        Assert.Equal("Data Source=./data/idsas.db", From().ForService(NspService.Idsas).ConnectionString);
    }

    [Fact]
    public void A_service_connection_string_wins_with_sqlite_too()
    {
        NspHostOptions options = From(("nsp.db.odr.connectionstring", "Data Source=/mnt/odr.db"));

        Assert.Equal("Data Source=/mnt/odr.db", options.ForService(NspService.Odr).ConnectionString);
        Assert.Equal("Data Source=./data/brs.db", options.ForService(NspService.Brs).ConnectionString);
    }

    [Fact]
    public void With_postgresql_services_share_the_connection_string_each_in_its_own_schema_unless_they_have_their_own()
    {
        NspHostOptions options = From(
            ("nsp.db.provider", "postgresql"),
            ("nsp.db.connectionstring", "Host=db;Database=nsp"),
            ("nsp.db.dros.connectionstring", "Host=dros-db;Database=dros"));

        Assert.Equal(new DatabaseTarget(NspService.Idsas, DatabaseProvider.PostgreSql, "Host=db;Database=nsp", "idsas"), options.ForService(NspService.Idsas));
        Assert.Equal(new DatabaseTarget(NspService.Dros, DatabaseProvider.PostgreSql, "Host=dros-db;Database=dros", "dros"), options.ForService(NspService.Dros));
        Assert.Equal("minlog", options.ForService(NspService.MinLog).Schema);
    }

    [Fact]
    public void Postgresql_without_a_shared_string_requires_it_for_a_served_service_without_its_own()
    {
        var exception = Assert.Throws<MissingPropertyException>(() => From(
            ("nsp.db.provider", "postgresql"),
            ("nsp.services", "odr, crk"),
            ("nsp.db.odr.connectionstring", "Host=odr")));

        Assert.Equal(
            "Property 'nsp.db.connectionstring' is required in nsp.properties or environment variable NSP_DB_CONNECTIONSTRING "
                + "when nsp.db.provider=postgresql and nsp.db.crk.connectionstring is not set (NSP_CONFIG_DIR=/etc/nsp).",
            exception.Message);
    }

    [Fact]
    public void Postgresql_with_own_strings_for_every_served_service_needs_no_shared_string()
    {
        NspHostOptions options = From(
            ("nsp.db.provider", "PostgreSQL"),
            ("nsp.services", "odr,odr-operations"),
            ("nsp.db.odr.connectionstring", "Host=odr"));

        Assert.Equal("Host=odr", options.ForService(NspService.Odr).ConnectionString);
        Assert.Throws<MissingPropertyException>(() => options.ForService(NspService.Idsas));
    }

    [Theory]
    [InlineData("mysql")]
    [InlineData("postgres")]
    public void An_unknown_provider_is_refused_naming_the_property_and_value(string value)
    {
        var exception = Assert.Throws<InvalidPropertyException>(() => From(("nsp.db.provider", value)));

        Assert.Contains($"Property 'nsp.db.provider' in nsp.properties or environment variable NSP_DB_PROVIDER has the value '{value}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("Sqlite, PostgreSql", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("test", StsFederation.Test)]
    [InlineData("production", StsFederation.Production)]
    [InlineData("LOCAL", StsFederation.Local)]
    public void The_sts_federation_is_read(string value, StsFederation expected)
    {
        Assert.Equal(expected, From(("nsp.sts.federation", value)).StsFederation);
    }

    [Fact]
    public void An_unknown_sts_federation_is_refused()
    {
        var exception = Assert.Throws<InvalidPropertyException>(() => From(("nsp.sts.federation", "prod")));

        Assert.Equal("nsp.sts.federation", exception.PropertyName);
    }

    [Fact]
    public void Sts_certificates_and_clock_skew_are_read()
    {
        NspHostOptions options = From(
            ("nsp.sts.test.certificates", "/etc/nsp/sts-test.pem, /etc/nsp/sts-test2.der"),
            ("nsp.sts.production.certificates", "/etc/nsp/sts-prod.pem"),
            ("nsp.sts.clock.skew", "PT30S"));

        Assert.Equal(["/etc/nsp/sts-test.pem", "/etc/nsp/sts-test2.der"], options.StsTestCertificates);
        Assert.Equal(["/etc/nsp/sts-prod.pem"], options.StsProductionCertificates);
        Assert.Equal(TimeSpan.FromSeconds(30), options.StsClockSkew);
    }

    [Theory]
    [InlineData("5 minutes")]
    [InlineData("-PT5M")]
    [InlineData("P1M")]
    public void A_bad_clock_skew_is_refused(string value)
    {
        var exception = Assert.Throws<InvalidPropertyException>(() => From(("nsp.sts.clock.skew", value)));

        Assert.Equal("nsp.sts.clock.skew", exception.PropertyName);
    }

    [Fact]
    public void The_served_parts_are_read_case_insensitively_and_map_to_services()
    {
        NspHostOptions options = From(("nsp.services", "ODR, odr-operations, minlog, odr"));

        Assert.Equal(["odr", "odr-operations", "minlog"], options.Services);
        Assert.True(options.Serves("odr-operations"));
        Assert.False(options.Serves("dros"));
        Assert.True(options.Serves(NspService.MinLog));
        Assert.False(options.Serves(NspService.Idsas));
        Assert.Equal([NspService.Odr, NspService.MinLog], options.ServedServices());
    }

    [Fact]
    public void An_unknown_part_is_refused_listing_the_known_ones()
    {
        var exception = Assert.Throws<InvalidPropertyException>(() => From(("nsp.services", "odr, idsas")));

        Assert.Contains("has the value 'odr, idsas'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("unknown: idsas", exception.Message, StringComparison.Ordinal);
        Assert.Contains(string.Join(", ", NspDeployables.All), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_list_of_parts_is_refused()
    {
        Assert.Throws<InvalidPropertyException>(() => From(("nsp.services", " , ")));
    }

    [Theory]
    [InlineData("idsas-salt", NspService.Idsas)]
    [InlineData("odr-operations", NspService.Odr)]
    [InlineData("brs-nsp", NspService.Brs)]
    [InlineData("crk", NspService.Crk)]
    [InlineData("minlog", NspService.MinLog)]
    [InlineData("dros", NspService.Dros)]
    public void Each_deployable_belongs_to_one_service(string deployable, NspService service)
    {
        Assert.Equal(service, NspDeployables.ServiceOf(deployable));
    }

    [Fact]
    public void Environment_variables_override_nsp_properties_end_to_end()
    {
        using var directory = new TempDirectory();
        directory.Write("nsp.properties", "nsp.db.provider=postgresql\nnsp.db.connectionstring=Host=file\n");

        IConfiguration configuration = new ConfigurationBuilder()
            .AddNspPropertyFiles(directory.Path)
            .Add(new NspEnvironmentVariablesConfigurationSource(new Dictionary<string, string> { ["NSP_DB_CONNECTIONSTRING"] = "Host=env" }))
            .Build();

        Assert.Equal("Host=env", NspHostOptions.From(configuration).ForService(NspService.Crk).ConnectionString);
    }
}
