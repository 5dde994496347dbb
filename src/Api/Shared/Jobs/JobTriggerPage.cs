using System.Globalization;
using Nsp.Api.Shared.Status;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Api.Shared.Jobs;

/// <summary>The plain-text answer to a job trigger, and its code under a <see cref="JobTriggerPolicy"/>. A failed
/// run's answer carries no exception text (ADR 0027): the error is in the log and on the job's alarm page.</summary>
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

    /// <summary>The outcome as answers and audit lines spell it: FINISHED, NOT_FINISHED, ALREADY_RUNNING, FAILED.</summary>
    public static string OutcomeText(JobRunOutcome outcome) => outcome switch
    {
        JobRunOutcome.Finished => "FINISHED",
        JobRunOutcome.NotFinished => "NOT_FINISHED",
        JobRunOutcome.AlreadyRunning => "ALREADY_RUNNING",
        _ => "FAILED",
    };

    public static string Describe(JobRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outcome = OutcomeText(result.Outcome);
        return result.Outcome switch
        {
            JobRunOutcome.Finished => Counted(result, outcome),
            JobRunOutcome.NotFinished => Counted(result, outcome) + "; the next trigger resumes",
            JobRunOutcome.AlreadyRunning => $"{result.Job}: {outcome}; another trigger or node holds the job",

            // The error may name files, hosts or SQL: it stays in the log and on the alarm page.
            _ => Counted(result, outcome) + "; see the job's alarm page and the log",
        };
    }

    private static string Counted(JobRunResult result, string outcome) =>
        string.Create(CultureInfo.InvariantCulture, $"{result.Job}: {outcome}, {result.Processed} processed in {result.Batches} batches");
}
