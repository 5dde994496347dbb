using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared.Audit;

namespace Nsp.Application.Odr.Operations;

/// <summary>Writes the jobs' audit lines: one per affected CPR or letter, with ODR's category and component, whether
/// the run came from an HTTP trigger or from Quartz (a Quartz run has no call whose record could hold them).</summary>
public sealed class OdrJobAuditWriter(IAuditLogWriter writer, TimeProvider time)
{
    public void Write(string context, Action<AuditContextEntry> describe)
    {
        ArgumentNullException.ThrowIfNull(describe);
        var record = new AuditRecord(OdrAudit.Category, time.GetUtcNow());
        describe(record.Component(OdrAudit.Component).Context(context));
        writer.Write(record);
    }

    public void WriteEach(string context, string key, IEnumerable<string> cprs)
    {
        ArgumentNullException.ThrowIfNull(cprs);
        foreach (var cpr in cprs)
        {
            Write(context, c => c.Add(key, AuditInformationType.RPI, cpr));
        }
    }
}
