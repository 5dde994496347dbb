using Nsp.Application.Shared.Jobs;

namespace Nsp.Application.Shared.MinLog.Transfer;

/// <summary>A service's <c>minlog-transfer</c> job (DESIGN 5.4 "Transfer"); keyed scoped per service, on the
/// service's scoped context so that <see cref="JobRunner"/>'s unit of work covers its deletes.</summary>
public interface IMinLogTransferJob : IBatchJob
{
}
