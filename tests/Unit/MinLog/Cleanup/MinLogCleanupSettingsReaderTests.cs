using Microsoft.Extensions.Configuration;
using Nsp.Application.MinLog.Cleanup;
using Nsp.Domain.Shared.Time;
using Nsp.Infrastructure.MinLog.Cleanup;
using Nsp.Infrastructure.MinLog.Lookup;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Tests.Unit.MinLog.Cleanup;

public sealed class MinLogCleanupSettingsReaderTests
{
    private static PropertySection Section(params (string Key, string Value)[] values) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("minlog:" + v.Key, v.Value))).Build(), "minlog");

    [Fact]
    public void Without_keys_the_settings_are_the_designs_defaults()
    {
        var settings = MinLogCleanupSettingsReader.From(Section());

        Assert.Equal((IsoPeriod.FromYears(2), 10000, TimeSpan.FromSeconds(15)), (settings.MaxRetention, settings.BatchSize, settings.MaxDuration));
        Assert.Null(MinLogCleanupSettingsReader.Cron(Section()));
    }

    [Fact]
    public void Each_setting_is_read_from_its_key_and_the_cron_falls_back_to_the_original_services_key()
    {
        var settings = MinLogCleanupSettingsReader.From(Section(
            ("minlog.cleanup.max.retention", "P18M"), ("minlog.cleanup.batch.size", "500"), ("minlog.cleanup.max.duration", "PT1M")));

        Assert.Equal((IsoPeriod.FromMonths(18), 500, TimeSpan.FromMinutes(1)), (settings.MaxRetention, settings.BatchSize, settings.MaxDuration));
        Assert.Equal("0 0 3 * * ?", MinLogCleanupSettingsReader.Cron(Section(("minlogCleanup.cron", "0 0 3 * * ?"))));
        Assert.Equal("0 0 4 * * ?", MinLogCleanupSettingsReader.Cron(Section(("minlog.cleanup.cron", "0 0 4 * * ?"), ("minlogCleanup.cron", "0 0 3 * * ?"))));
    }

    [Theory]
    [InlineData("minlog.cleanup.max.retention", "P0D")]
    [InlineData("minlog.cleanup.max.retention", "two years")]
    [InlineData("minlog.cleanup.batch.size", "0")]
    [InlineData("minlog.cleanup.max.duration", "PT0S")]
    public void A_value_that_cannot_be_used_stops_start_up_naming_key_and_file(string key, string value)
    {
        var refused = Assert.Throws<InvalidPropertyException>(() => MinLogCleanupSettingsReader.From(Section((key, value))));

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
        Assert.Contains("minlog.properties", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_lookups_maximum_defaults_to_1000_and_must_be_positive()
    {
        Assert.Equal(1000, MinLogLookupSettingsReader.From(Section()).MaxEntries);
        Assert.Equal(20, MinLogLookupSettingsReader.From(Section(("minlog.lookup.max.entries", "20"))).MaxEntries);
        Assert.Throws<InvalidPropertyException>(() => MinLogLookupSettingsReader.From(Section(("minlog.lookup.max.entries", "0"))));
    }

    [Fact]
    public void The_job_is_named_as_its_url_and_status_pages_show_it()
    {
        Assert.Equal("minlog-cleanup", MinLogCleanupSettings.JobName);
    }
}
