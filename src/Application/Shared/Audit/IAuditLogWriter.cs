namespace Nsp.Application.Shared.Audit;

/// <summary>Writes a completed audit record as one line to every configured audit sink.</summary>
public interface IAuditLogWriter
{
    void Write(AuditRecord record);
}
