using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Persistence;
using Nsp.Domain.Shared.Jobs;

namespace Nsp.Tests.Integration.Shared.Persistence;

public abstract class JobStateStoreContract : ServiceDatabaseTestBase
{
    [Fact]
    public async Task A_job_that_never_saved_loads_as_not_started()
    {
        await using var scope = Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredKeyedService<IJobStateStore>(NspService.MinLog);

        var status = await store.LoadAsync("never", CancellationToken.None);

        Assert.Equal(JobStatus.NeverRun("never"), status);
    }

    [Fact]
    public async Task Saved_state_and_cursor_load_back_in_utc_and_a_second_save_replaces_them()
    {
        var started = new DateTime(2026, 11, 25, 7, 59, 58, 123, DateTimeKind.Utc);
        await using (var scope = Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredKeyedService<IJobStateStore>(NspService.MinLog);
            await store.SaveAsync(new JobStatus("cleanup", JobState.NotFinished, "cpr>0101", started, null, null), CancellationToken.None);
        }

        await using (var scope = Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredKeyedService<IJobStateStore>(NspService.MinLog);
            var loaded = await store.LoadAsync("cleanup", CancellationToken.None);
            Assert.Equal(new JobStatus("cleanup", JobState.NotFinished, "cpr>0101", started, null, null), loaded);
            Assert.Equal(DateTimeKind.Utc, loaded.LastStartedUtc!.Value.Kind);

            await store.SaveAsync(loaded with { State = JobState.Error, Cursor = null, LastError = "boom" }, CancellationToken.None);
        }

        await using (var scope = Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredKeyedService<IJobStateStore>(NspService.MinLog);
            var loaded = await store.LoadAsync("cleanup", CancellationToken.None);
            Assert.Equal(new JobStatus("cleanup", JobState.Error, null, started, null, "boom"), loaded);
        }
    }
}
