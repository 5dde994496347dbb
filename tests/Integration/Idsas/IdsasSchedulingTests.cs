using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Integration.Shared.Hosting;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>IDSAS's jobs on the built-in scheduler: a cron in idsas-operations.properties runs the same job as the
/// operator's HTTP GET.</summary>
public sealed class IdsasSchedulingTests
{
    private static readonly Dictionary<string, string?> OperationsOnly = new() { ["nsp.services"] = "idsas-operations" };

    [Fact]
    public async Task A_cron_in_the_operations_file_runs_the_cleanup_job_without_any_http_trigger()
    {
        using var factory = new NspHostFactory(OperationsOnly);
        await File.AppendAllTextAsync(Path.Combine(factory.ConfigDirectory, "idsas-operations.properties"), "idsas.cleanup.cron=* * * * * ?\n");
        using var client = factory.CreateClient();

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        string status;
        do
        {
            await Task.Delay(500);
            status = await client.GetStringAsync(new Uri("/idsas-operations/status", UriKind.Relative));
        }
        while (!status.Contains("Blurring Cleanup Job Status: FINISHED", StringComparison.Ordinal) && DateTime.UtcNow < deadline);

        Assert.Contains("Blurring Cleanup Job Status: FINISHED", status, StringComparison.Ordinal);
        Assert.Contains("Kafka Consumer Job Status: NOT_STARTED", status, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_scheduled_job_that_cannot_be_built_raises_its_alarm()
    {
        using var factory = new NspHostFactory(OperationsOnly);
        await File.AppendAllTextAsync(Path.Combine(factory.ConfigDirectory, "idsas-operations.properties"), "idsas.cleanup.deceased.cron=* * * * * ?\n");
        using var client = factory.CreateClient();
        // The operator's PersonInformation registry file vanishes while the scheduler runs the job every second.
        File.Delete(Path.Combine(factory.ConfigDirectory, "persons.json"));

        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        HttpResponseMessage alarm;
        do
        {
            await Task.Delay(500);
            alarm = await client.GetAsync(new Uri("/idsas-operations/cleanup-blurrings-deceased/alarm", UriKind.Relative));
        }
        while (alarm.StatusCode != System.Net.HttpStatusCode.InternalServerError && DateTime.UtcNow < deadline);

        Assert.Equal(System.Net.HttpStatusCode.InternalServerError, alarm.StatusCode);
        Assert.Contains("persons.json", await alarm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        alarm.Dispose();
    }

    [Fact]
    public async Task An_invalid_cron_stops_start_up_naming_the_property_and_its_file()
    {
        using var factory = new NspHostFactory(OperationsOnly);
        await File.AppendAllTextAsync(Path.Combine(factory.ConfigDirectory, "idsas-operations.properties"), "idsas.renew.salt.cron=every night\n");

        var error = Assert.Throws<InvalidPropertyException>(() => factory.CreateClient());

        Assert.Contains("idsas.renew.salt.cron", error.Message, StringComparison.Ordinal);
        Assert.Contains("idsas-operations.properties", error.Message, StringComparison.Ordinal);
    }
}
