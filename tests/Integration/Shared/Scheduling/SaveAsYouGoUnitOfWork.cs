using Nsp.Application.Shared.Pipeline;

namespace Nsp.Tests.Integration.Shared.Scheduling;

/// <summary>A unit of work without a transaction, for the trigger tests: the job state store saves on its own, and
/// these tests are about the lease and the answers, not about rollback.</summary>
internal sealed class SaveAsYouGoUnitOfWork : IUnitOfWork
{
    public Task<IUnitOfWorkTransaction> BeginAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IUnitOfWorkTransaction>(new Transaction());

    private sealed class Transaction : IUnitOfWorkTransaction
    {
        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
