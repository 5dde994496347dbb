using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Nsp.Tests.Integration.Shared.Pipeline;

/// <summary>When armed, refuses to commit a transaction: a failure after every row (the outbox's too) was saved.</summary>
public sealed class FailingCommitInterceptor : DbTransactionInterceptor
{
    public bool Armed { get; set; }

    public int Refused { get; private set; }

    public override ValueTask<InterceptionResult> TransactionCommittingAsync(
        DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Armed)
        {
            Refused++;
            throw new InvalidOperationException("commit refused by the test");
        }

        return ValueTask.FromResult(result);
    }
}
