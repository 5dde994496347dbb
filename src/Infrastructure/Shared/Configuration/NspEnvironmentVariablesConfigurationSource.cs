using System.Collections;
using Microsoft.Extensions.Configuration;

namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>
/// Environment variables <c>NSP_X_Y</c> as the root keys <c>nsp.x.y</c> (<c>NSP_DB_PROVIDER</c> →
/// <c>nsp.db.provider</c>). Names containing <c>__</c> are left to the standard environment-variable source,
/// which maps them to sections.
/// </summary>
public sealed class NspEnvironmentVariablesConfigurationSource : IConfigurationSource
{
    private readonly IReadOnlyDictionary<string, string>? _variables;

    /// <param name="variables">Variables to map instead of the process environment (tests).</param>
    public NspEnvironmentVariablesConfigurationSource(IReadOnlyDictionary<string, string>? variables = null)
    {
        _variables = variables;
    }

    public IConfigurationProvider Build(IConfigurationBuilder builder) =>
        new NspEnvironmentVariablesConfigurationProvider(_variables ?? ReadProcessEnvironment());

    private static Dictionary<string, string> ReadProcessEnvironment()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            if (entry.Key is string name && entry.Value is string value)
            {
                variables[name] = value;
            }
        }

        return variables;
    }
}
