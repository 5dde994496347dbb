namespace Nsp.Application.MinLog.Whitelisting;

/// <summary>Reads MinLog's <c>whitelist_config(service_key, service_type, cvr, comment)</c>.</summary>
public interface IWhitelistConfigRepository
{
    /// <summary>True when <paramref name="cvr"/> has a row under <paramref name="serviceKey"/> (any service_type: MinLog's
    /// keys use NO_TYPE, and a row's type does not narrow what MinLog allows).</summary>
    Task<bool> IsListedAsync(string serviceKey, string cvr, CancellationToken cancellationToken);
}
