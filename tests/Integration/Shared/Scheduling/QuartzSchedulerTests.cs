using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Nsp.Application.Shared;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.Scheduling;

namespace Nsp.Tests.Integration.Shared.Scheduling;

public sealed class QuartzSchedulerTests
{
    [Fact]
    public async Task A_cron_of_every_second_fires_the_job_command_under_the_job_identity_within_a_few_seconds()
    {
        var runs = new ProbeJobRuns();
        await using var app = Host(runs, new ScheduledJob("probe.every.second", "* * * * * ?", _ => new ProbeJobCommand("probe.every.second")));
        await app.StartAsync();

        var fired = await Task.WhenAny(runs.FirstRun, Task.Delay(TimeSpan.FromSeconds(20)));
        await app.StopAsync();

        Assert.Same(runs.FirstRun, fired);
        Assert.All(runs.Identities, identity => Assert.Equal("probe.every.second", identity));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_job_without_a_cron_expression_is_not_scheduled(string? cron)
    {
        var services = new ServiceCollection();

        services.AddNspScheduler([new ScheduledJob("idsas.cleanup", cron, _ => new ProbeJobCommand("idsas.cleanup"))]);

        Assert.DoesNotContain(services, d => d.ServiceType == typeof(IHostedService));
        Assert.DoesNotContain(services, d => d.ServiceType == typeof(ScheduledJobCatalogue));
    }

    [Fact]
    public void An_invalid_cron_expression_stops_start_up_naming_its_property_and_file()
    {
        var services = new ServiceCollection();
        var job = new ScheduledJob("idsas.cleanup", "every night", _ => new ProbeJobCommand("idsas.cleanup")) { PropertyFile = "idsas-operations.properties" };

        var error = Assert.Throws<InvalidPropertyException>(() => services.AddNspScheduler([job]));

        Assert.Equal("idsas.cleanup.cron", error.PropertyName);
        Assert.Equal("idsas-operations.properties", error.FileName);
        Assert.Contains("idsas.cleanup.cron in idsas-operations.properties", error.Message, StringComparison.Ordinal);
        Assert.Contains("'every night'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_module_may_name_the_cron_property_and_modules_add_their_jobs_to_one_scheduler()
    {
        var services = new ServiceCollection();
        services.AddNspScheduler([new ScheduledJob("a", "0 0 3 * * ?", _ => new ProbeJobCommand("a"))]);

        var error = Assert.Throws<InvalidPropertyException>(() => services.AddNspScheduler(
            [new ScheduledJob("b", "61 * * * * ?", _ => new ProbeJobCommand("b")) { CronProperty = "dk.nsi.notificationcleanupjob.schedule" }]));
        services.AddNspScheduler([new ScheduledJob("c", "0 0/5 * * * ?", _ => new ProbeJobCommand("c"))]);

        Assert.Equal("dk.nsi.notificationcleanupjob.schedule", error.PropertyName);
        var catalogue = (ScheduledJobCatalogue)Assert.Single(services, d => d.ServiceType == typeof(ScheduledJobCatalogue)).ImplementationInstance!;
        Assert.Equal(["a", "c"], catalogue.Jobs.Select(j => j.Name).Order());
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService));
    }

    private static WebApplication Host(ProbeJobRuns runs, params ScheduledJob[] jobs)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddNspApplication(typeof(QuartzSchedulerTests).Assembly);
        builder.Services.AddSingleton(runs);
        builder.Services.AddNspScheduler(jobs);
        return builder.Build();
    }
}
