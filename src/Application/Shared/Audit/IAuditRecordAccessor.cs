namespace Nsp.Application.Shared.Audit;

/// <summary>The current call's audit record; scoped per call. The audit middleware (or the job runner) opens it.</summary>
public interface IAuditRecordAccessor
{
    AuditRecord? Current { get; }

    AuditRecord Open(string category);
}
