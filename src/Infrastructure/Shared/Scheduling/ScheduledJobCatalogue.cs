namespace Nsp.Infrastructure.Shared.Scheduling;

/// <summary>The scheduled jobs by name, so the one Quartz job class finds the command factory of the trigger that fired.
/// Kept in DI rather than Quartz's job data, which is meant for serialisable values.</summary>
public sealed class ScheduledJobCatalogue
{
    private readonly Dictionary<string, ScheduledJob> _jobs = new(StringComparer.Ordinal);

    public IReadOnlyCollection<ScheduledJob> Jobs => _jobs.Values;

    public ScheduledJob Get(string name) =>
        _jobs.TryGetValue(name, out var job) ? job : throw new InvalidOperationException($"No scheduled job is named {name}.");

    internal void Add(ScheduledJob job)
    {
        if (!_jobs.TryAdd(job.Name, job))
        {
            throw new InvalidOperationException($"Two scheduled jobs are named {job.Name}.");
        }
    }
}
