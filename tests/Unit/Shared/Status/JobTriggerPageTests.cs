using Nsp.Api.Shared.Jobs;
using Nsp.Application.Shared.Jobs;

namespace Nsp.Tests.Unit.Shared.Status;

public sealed class JobTriggerPageTests
{
    [Theory]
    [InlineData(JobRunOutcome.Finished, 200, "cleanup: FINISHED, 7 processed in 2 batches\n")]
    [InlineData(JobRunOutcome.NotFinished, 200, "cleanup: NOT_FINISHED, 7 processed in 2 batches; the next trigger resumes\n")]
    [InlineData(JobRunOutcome.AlreadyRunning, 409, "cleanup: ALREADY_RUNNING; another trigger or node holds the job\n")]
    [InlineData(JobRunOutcome.Failed, 500, "cleanup: FAILED, 7 processed in 2 batches; see the job's alarm page and the log\n")]
    public void By_outcome_each_outcome_has_its_code_and_text(JobRunOutcome outcome, int code, string body)
    {
        var page = JobTriggerPage.Render(new JobRunResult("cleanup", outcome, 7, 2, outcome == JobRunOutcome.Failed ? "disk full" : null), JobTriggerPolicy.ByOutcome);

        Assert.Equal(code, page.StatusCode);
        Assert.Equal(body, page.Body);
    }

    [Theory]
    [InlineData(JobRunOutcome.Finished)]
    [InlineData(JobRunOutcome.AlreadyRunning)]
    [InlineData(JobRunOutcome.Failed)]
    public void Always_ok_answers_200_whatever_the_outcome_but_still_says_what_happened(JobRunOutcome outcome)
    {
        var result = new JobRunResult("deceasedCleanup", outcome, 0, 0, "boom");

        var page = JobTriggerPage.Render(result, JobTriggerPolicy.AlwaysOk);

        Assert.Equal(200, page.StatusCode);
        Assert.Equal(JobTriggerPage.Describe(result) + "\n", page.Body);
        Assert.DoesNotContain("boom", page.Body, StringComparison.Ordinal);
    }
}
