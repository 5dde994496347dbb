namespace Nsp.Infrastructure.Crk.Sources;

/// <summary>A parsed <c>crk.source.&lt;configId&gt;</c> value.</summary>
public sealed record CrkSourceLocation(CrkSourceKind Kind, string Target)
{
    public const string LocalPrefix = "local:";

    /// <summary>Reads a source value; relative file paths are taken under <paramref name="configDirectory"/>.</summary>
    /// <exception cref="ArgumentException">The value is blank or a malformed URL.</exception>
    public static CrkSourceLocation Parse(string value, string configDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var text = value.Trim();
        if (text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || string.IsNullOrEmpty(url.Host))
            {
                throw new ArgumentException($"'{text}' is not an absolute http or https URL.", nameof(value));
            }

            return new CrkSourceLocation(CrkSourceKind.Http, url.AbsoluteUri);
        }

        if (text.StartsWith(LocalPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var path = text[LocalPrefix.Length..];
            if (!path.StartsWith('/'))
            {
                throw new ArgumentException($"'{text}' must name a path of this process, such as local:/odr/dksconfig.", nameof(value));
            }

            return new CrkSourceLocation(CrkSourceKind.Local, path);
        }

        if (text.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            if (!Uri.TryCreate(text, UriKind.Absolute, out var file) || !file.IsFile)
            {
                throw new ArgumentException($"'{text}' is not a file URI.", nameof(value));
            }

            return new CrkSourceLocation(CrkSourceKind.File, file.LocalPath);
        }

        return new CrkSourceLocation(CrkSourceKind.File, Path.GetFullPath(text, Path.GetFullPath(configDirectory)));
    }
}
