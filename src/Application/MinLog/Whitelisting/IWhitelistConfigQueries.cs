namespace Nsp.Application.MinLog.Whitelisting;

/// <summary>Reads MinLog's <c>whitelist_config</c> (seed 003).</summary>
public interface IWhitelistConfigQueries
{
    /// <summary>Whether <paramref name="cvr"/> has a row under <paramref name="serviceKey"/> (any service type).</summary>
    Task<bool> IsListedAsync(string serviceKey, string cvr, CancellationToken cancellationToken);
}
