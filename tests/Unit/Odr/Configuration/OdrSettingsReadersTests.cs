using Microsoft.Extensions.Configuration;
using Nsp.Application.Odr.Operations.Notification;
using Nsp.Domain.Shared.Time;
using Nsp.Infrastructure.Odr.Configuration;
using Nsp.Infrastructure.Shared.NationalServices.DigitalPost;
using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Unit.Odr.Configuration;

/// <summary>ODR's client and job properties (seed 001, DESIGN 5.2): the seed's keys in both spelling styles, its
/// defaults when a key is unset, and <c>cleanup.properties</c> under <c>operations.properties</c>.</summary>
public sealed class OdrSettingsReadersTests
{
    private static IConfiguration Config(params (string Key, string Value)[] properties) =>
        new ConfigurationBuilder().AddInMemoryCollection(properties.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void Unset_client_properties_take_the_seeds_defaults()
    {
        var persons = OdrClientSettingsReader.PersonInformation(Config());
        var post = OdrClientSettingsReader.DigitalPost(Config());

        Assert.Equal(
            (PersonInformationMode.Http, "http://test1-cnsp.ekstern-test.nspop.dk:8080/stamdata-personinformation/2024/08/01", 200, 20, TimeSpan.FromSeconds(20), 0, TimeSpan.FromMinutes(10)),
            (persons.Mode, persons.Url, persons.MaxTotalConnections, persons.MaxConnectionsPerRoute, persons.ConnectTimeout, persons.ErrorTolerance, persons.ErrorCountDuration));
        Assert.Equal(
            (DigitalPostMode.Http, "http://test1-cnsp.ekstern-test.nspop.dk:8080/digitalpost/2024/05/29/send", 200, 20, TimeSpan.FromSeconds(20), 0, TimeSpan.FromMinutes(10)),
            (post.Mode, post.Url, post.MaxTotalConnections, post.MaxConnectionsPerRoute, post.ConnectTimeout, post.ErrorTolerance, post.ErrorCountDuration));
    }

    [Fact]
    public void Every_client_key_is_read_in_the_seeds_spelling_from_either_file()
    {
        var config = Config(
            ("operations:personinformation.url", "http://pi.invalid/stamdata-personinformation/2024/08/01"),
            ("operations:personinformation.maxTotalConnections", "7"),
            ("cleanup:personinformation.defaultMaxConnectionsPerRoute", "3"),
            ("operations:personinformation.defaultConnectionTimeoutMs", "1500"),
            ("cleanup:personinformation.error.tolerance", "4"),
            ("operations:personinformation.errorcount.duration", "PT2M"),
            ("operations:digitalpost.service.url", "http://dp.invalid/digitalpost/2024/05/29/send"),
            ("cleanup:digitalpost.max.total.connections", "8"),
            ("operations:digitalpost.default.max.connections.per.route", "5"),
            ("cleanup:digitalpost.default.connection.timeout.ms", "2500"),
            ("operations:digitalpost.error.tolerance", "6"),
            ("cleanup:digitalpost.errorcount.duration", "PT3M"),
            // operations.properties wins over the older file.
            ("cleanup:digitalpost.error.tolerance", "9"));

        var persons = OdrClientSettingsReader.PersonInformation(config);
        var post = OdrClientSettingsReader.DigitalPost(config);

        Assert.Equal(
            ("http://pi.invalid/stamdata-personinformation/2024/08/01", 7, 3, TimeSpan.FromMilliseconds(1500), 4, TimeSpan.FromMinutes(2)),
            (persons.Url, persons.MaxTotalConnections, persons.MaxConnectionsPerRoute, persons.ConnectTimeout, persons.ErrorTolerance, persons.ErrorCountDuration));
        Assert.Equal(
            ("http://dp.invalid/digitalpost/2024/05/29/send", 8, 5, TimeSpan.FromMilliseconds(2500), 6, TimeSpan.FromMinutes(3)),
            (post.Url, post.MaxTotalConnections, post.MaxConnectionsPerRoute, post.ConnectTimeout, post.ErrorTolerance, post.ErrorCountDuration));
    }

    [Fact]
    public void Unset_job_properties_take_the_seeds_defaults()
    {
        var cleanup = OdrOperationsSettingsReader.Cleanup(Config());
        var notification = OdrOperationsSettingsReader.Notification(Config());

        Assert.Equal(
            (TimeSpan.FromSeconds(20), IsoPeriod.FromMonths(12), 1000, 100, TimeSpan.FromSeconds(20), 1000, 1000),
            (cleanup.DeceasedMaxDuration, cleanup.DeceasedSavePeriod, cleanup.DeceasedBatchSize, cleanup.DeceasedPersonInformationBatchSize,
             cleanup.EmigratedMaxDuration, cleanup.EmigratedBatchSize, cleanup.EmigratedPersonInformationBatchSize));
        Assert.Equal(
            ((DateOnly?)null, TimeSpan.FromSeconds(20), 1000, IsoPeriod.FromYears(18), IsoPeriod.FromDays(14), IsoPeriod.FromDays(3)),
            (notification.StartDate, notification.MaxDuration, notification.SendLimit, notification.LegalAge, notification.Offset, notification.AlarmPeriod));
        Assert.Equal(
            new NotificationTemplates(
                "ODR/20250911/digital/18aarIkkeTagetStilling", "ODR/20250911/digital/18aarHarTagetStilling",
                "ODR/20250911/physical/18aarIkkeTagetStilling", "ODR/20250911/physical/18aarHarTagetStilling"),
            notification.Templates);
    }

    [Fact]
    public void Every_notification_key_is_read_with_the_seeds_spellings()
    {
        const string P = "operations:digitalpost.notification.odr.";
        var notification = OdrOperationsSettingsReader.Notification(Config(
            (P + "startdate", "2026-03-01"),
            (P + "send.desired.execution.duration", "PT5S"),
            (P + "send.limit", "10"),
            (P + "legalage.periode.year", "P17Y"),
            (P + "legalage.offset.days", "P7D"),
            (P + "template.digital.undecided", "du"),
            (P + "template.digital.descided", "dd"),
            (P + "template.physical.undecided", "pu"),
            (P + "template.physical.descided", "pd"),
            (P + "alarm.date.period", "P5D")));

        Assert.Equal(
            ((DateOnly?)new DateOnly(2026, 3, 1), TimeSpan.FromSeconds(5), 10, IsoPeriod.FromYears(17), IsoPeriod.FromDays(7), IsoPeriod.FromDays(5)),
            (notification.StartDate, notification.MaxDuration, notification.SendLimit, notification.LegalAge, notification.Offset, notification.AlarmPeriod));
        Assert.Equal(new NotificationTemplates("du", "dd", "pu", "pd"), notification.Templates);
    }

    [Fact]
    public void The_older_budget_key_applies_to_the_deceased_job_only_when_its_own_key_is_unset()
    {
        var older = OdrOperationsSettingsReader.Cleanup(Config(("cleanup:deletion.desired.execution.duration", "PT40S")));
        var both = OdrOperationsSettingsReader.Cleanup(Config(
            ("cleanup:deletion.desired.execution.duration", "PT40S"), ("operations:deletion.desired.execution.duration.deceased", "PT5S")));

        Assert.Equal((TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(20)), (older.DeceasedMaxDuration, older.EmigratedMaxDuration));
        Assert.Equal(TimeSpan.FromSeconds(5), both.DeceasedMaxDuration);
    }
}
