using System.Text.RegularExpressions;

namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>Schema names go into DDL unquoted by operators (DESIGN 4.9): lowercase identifiers only.</summary>
public static partial class SchemaName
{
    public static string Require(string schema)
    {
        if (schema is null || !Pattern().IsMatch(schema))
        {
            throw new ArgumentException($"'{schema}' is not a lowercase schema name ([a-z_][a-z0-9_]*).", nameof(schema));
        }

        return schema;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
