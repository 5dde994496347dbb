namespace Nsp.Application.Idsas.Whitelisting;

/// <summary>Reads <c>whitelist(actor_id, type, note)</c>.</summary>
public interface IWhitelistRepository
{
    Task<bool> IsListedAsync(string actorId, string type, CancellationToken cancellationToken);
}
