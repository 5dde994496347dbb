using Microsoft.Extensions.Configuration;
using Nsp.Domain.Shared.Time;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Tests.Unit.Shared.Configuration;

public sealed class PropertySectionTests
{
    private static PropertySection Section(string file, params (string Key, string Value)[] properties)
    {
        var data = new Dictionary<string, string?> { [NspConfigDirectory.ConfigurationKey] = "/etc/nsp" };
        foreach ((string key, string value) in properties)
        {
            data[file + ":" + key] = value;
        }

        return new PropertySection(new ConfigurationBuilder().AddInMemoryCollection(data).Build(), file);
    }

    [Fact]
    public void A_missing_required_property_names_the_property_the_file_and_the_config_directory()
    {
        var section = Section("idsas-registration");

        var exception = Assert.Throws<MissingPropertyException>(() => section.GetRequiredString("idsas.registration.persist.strategy"));

        Assert.Equal(
            "Property 'idsas.registration.persist.strategy' is required in idsas-registration.properties (NSP_CONFIG_DIR=/etc/nsp).",
            exception.Message);
        Assert.Equal("idsas.registration.persist.strategy", exception.PropertyName);
        Assert.Equal("idsas-registration.properties", exception.FileName);
    }

    [Fact]
    public void Without_a_known_config_directory_the_message_names_the_default()
    {
        var section = new PropertySection(new ConfigurationBuilder().Build(), "dros.properties");

        var exception = Assert.Throws<MissingPropertyException>(() => section.GetRequiredString("dros.url.prefix"));

        Assert.Equal("Property 'dros.url.prefix' is required in dros.properties (NSP_CONFIG_DIR not set, default ./config).", exception.Message);
    }

    [Fact]
    public void GetString_returns_the_value_as_written_blank_included_or_the_default_when_missing()
    {
        var section = Section("idsas-salt", ("saltPrefix", "abc  "), ("blank", ""));

        Assert.Equal("abc  ", section.GetString("saltPrefix", "x"));
        Assert.Equal(string.Empty, section.GetString("blank", "x"));
        Assert.Equal("x", section.GetString("missing", "x"));
        Assert.Null(section.GetOptionalString("blank"));
        Assert.True(section.Contains("blank"));
        Assert.False(section.Contains("missing"));
    }

    [Fact]
    public void GetRequiredString_treats_a_blank_value_as_missing()
    {
        var section = Section("dros", ("dros.url.prefix", "  "));

        Assert.Throws<MissingPropertyException>(() => section.GetRequiredString("dros.url.prefix"));
    }

    [Fact]
    public void GetInt_parses_trims_and_defaults_when_missing_or_blank()
    {
        var section = Section("idsas-operations", ("a", "500"), ("b", " -3 "), ("blank", ""));

        Assert.Equal(500, section.GetInt("a", 1));
        Assert.Equal(-3, section.GetInt("b", 1));
        Assert.Equal(1, section.GetInt("blank", 1));
        Assert.Equal(1, section.GetInt("missing", 1));
        Assert.Equal(500, section.GetRequiredInt("a"));
        Assert.Throws<MissingPropertyException>(() => section.GetRequiredInt("blank"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("1 000")]
    [InlineData("99999999999")]
    public void GetInt_refuses_a_value_that_is_not_a_32_bit_integer_naming_property_file_and_value(string value)
    {
        var section = Section("idsas-operations", ("idsas.cleanup.batch.size", value));

        var exception = Assert.Throws<InvalidPropertyException>(() => section.GetInt("idsas.cleanup.batch.size", 1));

        Assert.Equal(
            $"Property 'idsas.cleanup.batch.size' in idsas-operations.properties has the value '{value}'; "
                + "expected a whole number (32-bit integer) (NSP_CONFIG_DIR=/etc/nsp).",
            exception.Message);
        Assert.Equal("idsas.cleanup.batch.size", exception.PropertyName);
        Assert.Equal("idsas-operations.properties", exception.FileName);
    }

    [Fact]
    public void GetLong_reads_64_bit_numbers_and_refuses_others()
    {
        var section = Section("brs-backend", ("big", "99999999999"), ("bad", "12x"));

        Assert.Equal(99_999_999_999L, section.GetLong("big", 0));
        Assert.Equal(99_999_999_999L, section.GetRequiredLong("big"));
        Assert.Equal(4L, section.GetLong("missing", 4));
        var exception = Assert.Throws<InvalidPropertyException>(() => section.GetLong("bad", 0));
        Assert.Contains("64-bit", exception.Message, StringComparison.Ordinal);
        Assert.Throws<MissingPropertyException>(() => section.GetRequiredLong("missing"));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData(" False ", false)]
    [InlineData("false", false)]
    public void GetBool_reads_true_and_false_in_any_case(string value, bool expected)
    {
        var section = Section("odr", ("flag", value));

        Assert.Equal(expected, section.GetBool("flag", !expected));
        Assert.Equal(expected, section.GetRequiredBool("flag"));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("1")]
    [InlineData("on")]
    public void GetBool_refuses_anything_but_true_or_false(string value)
    {
        var section = Section("odr", ("flag", value));

        var exception = Assert.Throws<InvalidPropertyException>(() => section.GetBool("flag", false));

        Assert.Contains($"'{value}'; expected true or false", exception.Message, StringComparison.Ordinal);
        Assert.True(section.GetBool("missing", true));
    }

    [Fact]
    public void GetPeriod_reads_calendar_periods_and_defaults()
    {
        var section = Section("idsas-operations", ("idsas.cleanup.max.retention", "P5Y"));

        Assert.Equal(IsoPeriod.FromYears(5), section.GetPeriod("idsas.cleanup.max.retention", IsoPeriod.FromYears(1)));
        Assert.Equal(IsoPeriod.FromDays(90), section.GetPeriod("missing", IsoPeriod.FromDays(90)));
        Assert.Equal(IsoPeriod.FromYears(5), section.GetRequiredPeriod("idsas.cleanup.max.retention"));
        Assert.Throws<MissingPropertyException>(() => section.GetRequiredPeriod("missing"));
    }

    [Fact]
    public void GetPeriod_refuses_a_duration_explaining_the_time_part()
    {
        var section = Section("idsas-operations", ("idsas.cleanup.deceased.period", "PT15S"));

        var exception = Assert.Throws<InvalidPropertyException>(() => section.GetPeriod("idsas.cleanup.deceased.period", IsoPeriod.FromYears(1)));

        Assert.Contains("'idsas.cleanup.deceased.period' in idsas-operations.properties has the value 'PT15S'", exception.Message, StringComparison.Ordinal);
        Assert.Contains("calendar period", exception.Message, StringComparison.Ordinal);
        Assert.Contains("time part", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetDuration_reads_iso_durations_and_defaults()
    {
        var section = Section("idsas-operations", ("idsas.cleanup.max.duration", "PT15S"));

        Assert.Equal(TimeSpan.FromSeconds(15), section.GetDuration("idsas.cleanup.max.duration", TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromMinutes(10), section.GetDuration("missing", TimeSpan.FromMinutes(10)));
        Assert.Equal(TimeSpan.FromSeconds(15), section.GetRequiredDuration("idsas.cleanup.max.duration"));
        Assert.Throws<MissingPropertyException>(() => section.GetRequiredDuration("missing"));
    }

    [Theory]
    [InlineData("P1Y", "no fixed length")]
    [InlineData("1500", "ISO-8601 duration")]
    [InlineData("15 seconds", "ISO-8601 duration")]
    public void GetDuration_refuses_periods_and_plain_numbers(string value, string explanation)
    {
        var section = Section("odr", ("d", value));

        var exception = Assert.Throws<InvalidPropertyException>(() => section.GetDuration("d", TimeSpan.Zero));

        Assert.Contains($"has the value '{value}'", exception.Message, StringComparison.Ordinal);
        Assert.Contains(explanation, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetMilliseconds_reads_plain_milliseconds()
    {
        var section = Section("odr", ("digitalpost.default.connection.timeout.ms", "20000"));

        Assert.Equal(TimeSpan.FromSeconds(20), section.GetMilliseconds("digitalpost.default.connection.timeout.ms", TimeSpan.Zero));
        Assert.Equal(TimeSpan.FromSeconds(20), section.GetRequiredMilliseconds("digitalpost.default.connection.timeout.ms"));
        Assert.Equal(TimeSpan.FromSeconds(1), section.GetMilliseconds("missing.ms", TimeSpan.FromSeconds(1)));
    }

    [Theory]
    [InlineData("PT20S")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public void GetMilliseconds_refuses_anything_but_a_non_negative_whole_number(string value)
    {
        var section = Section("odr", ("x.ms", value));

        var exception = Assert.Throws<InvalidPropertyException>(() => section.GetMilliseconds("x.ms", TimeSpan.Zero));

        Assert.Contains("milliseconds", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetList_splits_on_commas_trims_and_drops_empty_entries()
    {
        var section = Section("idsas-lookup", ("idsas.allowed.client.system.name", " a, b,,c , "));

        Assert.Equal(["a", "b", "c"], section.GetList("idsas.allowed.client.system.name"));
        Assert.Equal(["a", "b", "c"], section.GetRequiredList("idsas.allowed.client.system.name"));
    }

    [Fact]
    public void GetList_returns_an_empty_list_for_a_blank_value_and_the_default_when_missing()
    {
        var section = Section("brs-backend", ("handled.type.codes", ""));

        Assert.Empty(section.GetList("handled.type.codes", ["x"]));
        Assert.Equal(["x"], section.GetList("missing", ["x"]));
        Assert.Empty(section.GetList("missing"));
        Assert.Throws<MissingPropertyException>(() => section.GetRequiredList("handled.type.codes"));
    }

    [Theory]
    [InlineData("KAFKA", PersistStrategy.Kafka)]
    [InlineData("database", PersistStrategy.Database)]
    [InlineData("PERSIST_ALL", PersistStrategy.PersistAll)]
    [InlineData("persist-all", PersistStrategy.PersistAll)]
    public void GetEnum_matches_names_ignoring_case_underscores_and_hyphens(string value, PersistStrategy expected)
    {
        var section = Section("idsas-registration", ("idsas.registration.persist.strategy", value));

        Assert.Equal(expected, section.GetEnum("idsas.registration.persist.strategy", PersistStrategy.Kafka));
        Assert.Equal(expected, section.GetRequiredEnum<PersistStrategy>("idsas.registration.persist.strategy"));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("KAFKA2")]
    public void GetEnum_refuses_numbers_and_unknown_names_listing_the_known_ones(string value)
    {
        var section = Section("idsas-registration", ("s", value));

        var exception = Assert.Throws<InvalidPropertyException>(() => section.GetEnum("s", PersistStrategy.Kafka));

        Assert.Contains("one of Kafka, Database, PersistAll", exception.Message, StringComparison.Ordinal);
        Assert.Equal(PersistStrategy.Database, section.GetEnum("missing", PersistStrategy.Database));
        Assert.Throws<MissingPropertyException>(() => section.GetRequiredEnum<PersistStrategy>("missing"));
    }

    [Fact]
    public void A_fallback_key_is_read_only_when_the_new_key_is_missing()
    {
        var old = Section("operations", ("deletion.desired.execution.duration", "PT30S"));
        var both = Section(
            "operations",
            ("deletion.desired.execution.duration", "PT30S"),
            ("deletion.desired.execution.duration.deceased", "PT20S"));

        Assert.Equal(TimeSpan.FromSeconds(30), old.GetDuration("deletion.desired.execution.duration.deceased", TimeSpan.Zero, fallbackKey: "deletion.desired.execution.duration"));
        Assert.Equal(TimeSpan.FromSeconds(20), both.GetDuration("deletion.desired.execution.duration.deceased", TimeSpan.Zero, fallbackKey: "deletion.desired.execution.duration"));
        Assert.Equal("PT30S", old.GetString("deletion.desired.execution.duration.deceased", "x", fallbackKey: "deletion.desired.execution.duration"));
    }

    [Fact]
    public void A_missing_property_with_a_fallback_key_names_both_keys()
    {
        var section = Section("operations");

        var exception = Assert.Throws<MissingPropertyException>(() => section.GetRequiredDuration("a.deceased", fallbackKey: "a"));

        Assert.Equal("Property 'a.deceased' (or the older key 'a') is required in operations.properties (NSP_CONFIG_DIR=/etc/nsp).", exception.Message);
    }

    [Fact]
    public void WithFallback_reads_the_first_file_then_the_older_one()
    {
        var data = new Dictionary<string, string?>
        {
            ["operations:send.limit"] = "1000",
            ["cleanup:send.limit"] = "5",
            ["cleanup:deletion.batchsize.deceased"] = "250",
        };
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(data).Build();

        var section = new PropertySection(configuration, "operations").WithFallback(new PropertySection(configuration, "cleanup"));

        Assert.Equal(1000, section.GetInt("send.limit", 0));
        Assert.Equal(250, section.GetInt("deletion.batchsize.deceased", 0));
        Assert.Equal(7, section.GetInt("missing", 7));
        Assert.Equal("operations.properties", section.FileName);
    }

    [Fact]
    public void WithFallback_messages_name_the_files_and_a_bad_value_names_the_file_it_came_from()
    {
        var data = new Dictionary<string, string?> { ["cleanup:deletion.batchsize.deceased"] = "many" };
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(data).Build();
        var section = new PropertySection(configuration, "operations")
            .WithFallback(new PropertySection(configuration, "cleanup"))
            .WithFallback(new PropertySection(configuration, "legacy"));

        var missing = Assert.Throws<MissingPropertyException>(() => section.GetRequiredInt("x"));
        var invalid = Assert.Throws<InvalidPropertyException>(() => section.GetInt("deletion.batchsize.deceased", 0));

        Assert.Contains("required in operations.properties (or cleanup.properties, legacy.properties)", missing.Message, StringComparison.Ordinal);
        Assert.Contains("'deletion.batchsize.deceased' in cleanup.properties has the value 'many'", invalid.Message, StringComparison.Ordinal);
        Assert.Equal("cleanup.properties", invalid.FileName);
    }

    [Fact]
    public void The_root_section_reads_root_keys_and_names_nsp_properties_and_the_environment_variable()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["nsp.db.provider"] = "sqlite", [NspConfigDirectory.ConfigurationKey] = "/etc/nsp" })
            .Build();
        var root = PropertySection.Root(configuration);

        var exception = Assert.Throws<MissingPropertyException>(() => root.GetRequiredString("nsp.db.connectionstring"));

        Assert.True(root.IsRoot);
        Assert.Equal("sqlite", root.GetRequiredString("nsp.db.provider"));
        Assert.Equal(
            "Property 'nsp.db.connectionstring' is required in nsp.properties or environment variable NSP_DB_CONNECTIONSTRING (NSP_CONFIG_DIR=/etc/nsp).",
            exception.Message);
    }

    [Fact]
    public void A_section_can_be_named_with_or_without_the_properties_extension()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["dros:dros.app.name"] = "dros" })
            .Build();

        Assert.Equal("dros", new PropertySection(configuration, "dros.properties").GetRequiredString("dros.app.name"));
        Assert.Equal("dros", new PropertySection(configuration, "dros").GetRequiredString("dros.app.name"));
        Assert.Equal("dros.properties", new PropertySection(configuration, "dros").FileName);
    }

    [Fact]
    public void Sections_read_from_property_files_on_disk_end_to_end()
    {
        using var directory = new TempDirectory();
        directory.Write("idsas-operations.properties", "idsas.cleanup.max.retention = P5Y\nidsas.cleanup.batch.size : 100\n");

        IConfiguration configuration = new ConfigurationBuilder().AddNspPropertyFiles(directory.Path).Build();
        var section = new PropertySection(configuration, "idsas-operations");

        Assert.Equal(IsoPeriod.FromYears(5), section.GetPeriod("idsas.cleanup.max.retention", IsoPeriod.Zero));
        Assert.Equal(100, section.GetInt("idsas.cleanup.batch.size", 0));
        var exception = Assert.Throws<MissingPropertyException>(() => section.GetRequiredInt("idsas.cleanup.deceased.batch.size"));
        Assert.Contains($"(NSP_CONFIG_DIR={directory.Path})", exception.Message, StringComparison.Ordinal);
    }
}
