namespace Nsp.Infrastructure.Shared.Audit;

/// <summary>Somewhere a finished audit line goes: the rolling audit file, and in tests a list they can read.</summary>
public interface IAuditSink
{
    void Emit(string category, string line);
}
