using System.Globalization;

namespace Nsp.Domain.Crk;

/// <summary>The URL parts an override's <c>serviceurl</c> holds: any of scheme, host, port and path
/// (<c>https://region-h.example:8443/base</c>, <c>//region-h.example</c>, <c>region-h.example:8080</c>,
/// <c>/other/path</c>). <see cref="ApplyTo"/> replaces exactly those parts of an endpoint's URL and keeps the rest.</summary>
public sealed record ServiceUrlParts(string? Scheme, string? Host, int? Port, string? Path)
{
    public static bool TryParse(string text, out ServiceUrlParts parts)
    {
        parts = new ServiceUrlParts(null, null, null, null);
        if (string.IsNullOrWhiteSpace(text) || text.Any(char.IsWhiteSpace) || text.Contains('?', StringComparison.Ordinal) || text.Contains('#', StringComparison.Ordinal))
        {
            return false;
        }

        string? scheme = null;
        var rest = text;
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd >= 0)
        {
            scheme = text[..schemeEnd];
            if (scheme.Length == 0 || !Uri.CheckSchemeName(scheme))
            {
                return false;
            }

            rest = text[(schemeEnd + 3)..];
        }
        else if (text.StartsWith("//", StringComparison.Ordinal))
        {
            rest = text[2..];
        }
        else if (text.StartsWith('/'))
        {
            parts = new ServiceUrlParts(null, null, null, text);
            return true;
        }

        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash < 0 ? rest : rest[..slash];
        var path = slash < 0 || slash == rest.Length - 1 ? null : rest[slash..];
        if (!TrySplitAuthority(authority, out var host, out var port))
        {
            return false;
        }

        // A scheme needs the host after it; otherwise at least a host or a port.
        if ((scheme is not null && host is null) || (host is null && port is null))
        {
            return false;
        }

        parts = new ServiceUrlParts(scheme, host, port, path);
        return true;
    }

    /// <summary>The endpoint's URL with the parts this override holds replaced. A new scheme without a port drops a
    /// port that was the old scheme's default.</summary>
    public Uri ApplyTo(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new UriBuilder(url);
        if (Scheme is not null && !string.Equals(Scheme, builder.Scheme, StringComparison.OrdinalIgnoreCase))
        {
            var defaultPort = url.IsDefaultPort;
            builder.Scheme = Scheme;
            if (defaultPort && Port is null)
            {
                builder.Port = -1;
            }
        }

        if (Host is not null)
        {
            builder.Host = Host;
        }

        if (Port is { } port)
        {
            builder.Port = port;
        }

        if (Path is not null)
        {
            builder.Path = Path;
        }

        return builder.Uri;
    }

    private static bool TrySplitAuthority(string authority, out string? host, out int? port)
    {
        host = null;
        port = null;
        if (authority.Length == 0)
        {
            return true;
        }

        if (authority.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        var hostPart = authority;
        var colon = authority.LastIndexOf(':');
        var bracket = authority.LastIndexOf(']');
        if (colon > bracket)
        {
            hostPart = authority[..colon];
            if (!int.TryParse(authority.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed is < 1 or > 65535)
            {
                return false;
            }

            port = parsed;
        }

        if (hostPart.Length > 0)
        {
            if (Uri.CheckHostName(hostPart) == UriHostNameType.Unknown)
            {
                return false;
            }

            host = hostPart;
        }

        return host is not null || port is not null;
    }
}
