namespace Nsp.Infrastructure.Shared.NationalServices;

/// <summary>Checks the URL or registry file an operator gave a national service's adapter (<c>&lt;prefix&gt;.url</c>,
/// <c>&lt;prefix&gt;.file</c>), so a bad one stops start-up naming the property.</summary>
public static class NationalServiceLocation
{
    public static Uri RequireHttpUrl(string prefix, string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            throw new InvalidOperationException($"{prefix}.url is required when {prefix}.mode = http.");
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new InvalidOperationException($"{prefix}.url must be an absolute http or https URL.");
        }

        return uri;
    }

    public static string RequireExistingFile(string prefix, string? file)
    {
        if (string.IsNullOrWhiteSpace(file))
        {
            throw new InvalidOperationException($"{prefix}.file is required when {prefix}.mode = file.");
        }

        var path = Path.GetFullPath(file.Trim());
        return File.Exists(path) ? path : throw new InvalidOperationException($"{prefix}.file: the registry file '{path}' does not exist.");
    }
}
