using MediatR;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Infrastructure.Shared.Scheduling;

/// <summary>A job Quartz may fire: the same MediatR command its HTTP trigger sends. A null or blank
/// <paramref name="CronExpression"/> (the default: HTTP-driven deployments) leaves it unscheduled.</summary>
/// <param name="Name">The job's name; Quartz's job key and the job identity the command runs under.</param>
/// <param name="CronExpression">A Quartz cron expression (seconds first, <c>?</c> for an unused day field).</param>
public sealed record ScheduledJob(string Name, string? CronExpression, Func<IServiceProvider, IRequest<JobRunResult>> CommandFactory)
{
    /// <summary>The property the cron expression came from, named when it is invalid: by default <c>&lt;name&gt;.cron</c>.</summary>
    public string CronProperty { get; init; } = Name + ".cron";

    /// <summary>The property file <see cref="CronProperty"/> belongs in, named in start-up errors.</summary>
    public string PropertyFile { get; init; } = string.Empty;

    public bool IsScheduled => !string.IsNullOrWhiteSpace(CronExpression);
}
