using Microsoft.Extensions.Configuration;

namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>Maps <c>NSP_DB_PROVIDER</c> to <c>nsp.db.provider</c>: prefix kept, lowercased, <c>_</c> → <c>.</c>.</summary>
public sealed class NspEnvironmentVariablesConfigurationProvider : ConfigurationProvider
{
    private const string Prefix = "NSP_";

    private readonly IReadOnlyDictionary<string, string> _variables;

    public NspEnvironmentVariablesConfigurationProvider(IReadOnlyDictionary<string, string> variables)
    {
        _variables = variables;
    }

    /// <summary>The configuration key for an environment variable, or null when the variable is not ours.</summary>
    public static string? ToKey(string variableName)
    {
        ArgumentNullException.ThrowIfNull(variableName);
        if (variableName.Length <= Prefix.Length
            || !variableName.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase)
            || variableName.Contains("__", StringComparison.Ordinal))
        {
            return null;
        }

#pragma warning disable CA1308 // Our keys are lowercase by definition (nsp.db.provider); uppercase would not match them.
        return variableName.ToLowerInvariant().Replace('_', '.');
#pragma warning restore CA1308
    }

    /// <summary>The environment variable that sets a root key (<c>nsp.db.provider</c> → <c>NSP_DB_PROVIDER</c>).</summary>
    public static string ToVariableName(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.ToUpperInvariant().Replace('.', '_');
    }

    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach ((string name, string value) in _variables)
        {
            if (ToKey(name) is { } key)
            {
                data[key] = value;
            }
        }

        Data = data;
    }
}
