using Microsoft.Extensions.Configuration;
using Nsp.Application.Shared.MinLog.Transfer;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.MinLogOutbox;

namespace Nsp.Tests.Unit.Shared.MinLog.Transfer;

public sealed class MinLogTransferSettingsReaderTests
{
    [Fact]
    public void Without_keys_the_settings_are_the_defaults()
    {
        Assert.Equal(MinLogTransferSettings.Default, MinLogTransferSettingsReader.From(Section()));
    }

    [Fact]
    public void Each_setting_is_read_from_its_key_in_the_services_file()
    {
        var settings = MinLogTransferSettingsReader.From(Section(
            ("operations:minlog.transfer.batch.size", "50"),
            ("operations:minlog.transfer.max.duration", "PT5S"),
            ("operations:minlog.transfer.alarm.age", "PT1H")));

        Assert.Equal(new MinLogTransferSettings(50, TimeSpan.FromSeconds(5), TimeSpan.FromHours(1)), settings);
    }

    [Theory]
    [InlineData("minlog.transfer.batch.size", "0")]
    [InlineData("minlog.transfer.max.duration", "PT0S")]
    [InlineData("minlog.transfer.alarm.age", "later")]
    public void A_value_that_cannot_be_used_stops_start_up_naming_key_and_file(string key, string value)
    {
        var refused = Assert.Throws<InvalidPropertyException>(() => MinLogTransferSettingsReader.From(Section(("operations:" + key, value))));

        Assert.Contains(key, refused.Message, StringComparison.Ordinal);
        Assert.Contains("operations.properties", refused.Message, StringComparison.Ordinal);
    }

    private static PropertySection Section(params (string Key, string Value)[] values) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build(), "operations");
}
