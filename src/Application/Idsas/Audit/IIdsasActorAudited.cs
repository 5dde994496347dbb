namespace Nsp.Application.Idsas.Audit;

/// <summary>An IDSAS request whose audit context carries the caller as <c>actor-id</c>/<c>actor-id-source</c>.
/// The request itself does not know the caller, so <see cref="IdsasActorAuditBehavior{TRequest,TResponse}"/> sets
/// them from the verified card, before whitelisting, so refused calls name their caller too.</summary>
public interface IIdsasActorAudited
{
    string AuditContext { get; }
}
