using Nsp.Application.Idsas.Audit;
using Nsp.Application.Shared.Audit;

namespace Nsp.Tests.Unit.Idsas;

/// <summary>Reads what an IDSAS request wrote into its audit record's context.</summary>
internal static class IdsasAuditKeys
{
    public static AuditRecord NewRecord() => new(IdsasAudit.Category, DateTimeOffset.UnixEpoch);

    public static List<(string Key, AuditInformationType Type, string? Value)> Read(AuditRecord audit, string context) =>
        audit.Components.Single(c => c.Name == IdsasAudit.Component).Contexts.Single(c => c.Name == context).Information
            .Select(i => (i.Key, i.Type, i.Value))
            .ToList();
}
