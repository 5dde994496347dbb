using System.Globalization;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Api.Shared.Jobs;

/// <summary>The plain-text answer to a job trigger, and its code under a <see cref="JobTriggerPolicy"/>.</summary>
public static class JobTriggerPage
{
    public static StatusPage Render(JobRunResult result, JobTriggerPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(result);
        var code = policy == JobTriggerPolicy.AlwaysOk ? StatusCodes.Status200OK : StatusCodeOf(result.Outcome);
        return new StatusPage(code, Describe(result) + "\n");
    }

    public static int StatusCodeOf(JobRunOutcome outcome) => outcome switch
    {
        JobRunOutcome.Finished or JobRunOutcome.NotFinished => StatusCodes.Status200OK,

        // Ours (the seeds queue or overlap): a second trigger is refused at once, and says so.
        JobRunOutcome.AlreadyRunning => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static string Describe(JobRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            JobRunOutcome.Finished => Counted(result, "FINISHED"),
            JobRunOutcome.NotFinished => Counted(result, "NOT_FINISHED") + "; the next trigger resumes",
            JobRunOutcome.AlreadyRunning => $"{result.Job}: ALREADY_RUNNING; another trigger or node holds the job",
            _ => Counted(result, "FAILED") + ": " + (result.Error ?? "unknown error"),
        };
    }

    private static string Counted(JobRunResult result, string outcome) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.Job}: {outcome}, {result.Processed} processed in {result.Batches} batches");
}
