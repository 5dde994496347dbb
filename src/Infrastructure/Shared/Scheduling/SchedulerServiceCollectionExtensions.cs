using Microsoft.Extensions.DependencyInjection;
using Nsp.Infrastructure.Shared.Configuration;
using Quartz;

namespace Nsp.Infrastructure.Shared.Scheduling;

/// <summary>Schedules job commands on Quartz (DESIGN 4.6). Jobs without a cron expression are not scheduled (their
/// HTTP trigger drives them); an invalid expression stops start-up naming its property.</summary>
public static class SchedulerServiceCollectionExtensions
{
    /// <summary>Adds the jobs that have a cron expression; may be called once per module.</summary>
    /// <exception cref="InvalidPropertyException">A cron expression Quartz cannot parse.</exception>
    public static IServiceCollection AddNspScheduler(this IServiceCollection services, IEnumerable<ScheduledJob> jobs)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        var scheduled = jobs.Where(j => j.IsScheduled).ToList();
        foreach (var job in scheduled)
        {
            Validate(job);
        }

        if (scheduled.Count == 0)
        {
            return services;
        }

        var catalogue = CatalogueOf(services);
        var firstJobs = catalogue.Jobs.Count == 0;
        foreach (var job in scheduled)
        {
            catalogue.Add(job);
        }

        services.AddQuartz(q =>
        {
            foreach (var job in scheduled)
            {
                var key = new JobKey(job.Name);
                q.AddJob<ScheduledMediatorJob>(j => j.WithIdentity(key));
                q.AddTrigger(t => t
                    .ForJob(key)
                    .WithIdentity(job.Name + ".trigger")

                    // A run missed while the node was down is not made up: the next firing resumes at the cursor.
                    .WithCronSchedule(job.CronExpression!.Trim(), c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
            }
        });

        if (firstJobs)
        {
            // Once per process, and only when something is scheduled: HTTP-only deployments run no scheduler thread.
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }

        return services;
    }

    private static void Validate(ScheduledJob job)
    {
        var cron = job.CronExpression!.Trim();
        try
        {
            _ = new CronExpression(cron);
        }
        catch (FormatException exception)
        {
            var file = string.IsNullOrEmpty(job.PropertyFile) ? string.Empty : $" in {job.PropertyFile}";
            throw new InvalidPropertyException(
                $"The property {job.CronProperty}{file} has the value '{cron}', which is not a Quartz cron expression ({exception.Message}) " +
                "(seconds minutes hours day-of-month month day-of-week [year], with '?' in one day field). " +
                "Leave it empty to drive the job over HTTP only.",
                job.CronProperty,
                job.PropertyFile);
        }
    }

    private static ScheduledJobCatalogue CatalogueOf(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(ScheduledJobCatalogue))?.ImplementationInstance is ScheduledJobCatalogue existing)
        {
            return existing;
        }

        var catalogue = new ScheduledJobCatalogue();
        services.AddSingleton(catalogue);
        return catalogue;
    }
}
