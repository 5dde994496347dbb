namespace Nsp.Application.Shared.Audit;

/// <inheritdoc />
public sealed class AuditRecordAccessor(TimeProvider timeProvider) : IAuditRecordAccessor
{
    public AuditRecord? Current { get; private set; }

    public AuditRecord Open(string category)
    {
        if (Current is not null)
        {
            throw new InvalidOperationException("The audit record of this call is already open.");
        }

        Current = new AuditRecord(category, timeProvider.GetUtcNow());
        return Current;
    }
}
