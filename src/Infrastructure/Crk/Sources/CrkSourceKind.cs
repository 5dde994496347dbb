namespace Nsp.Infrastructure.Crk.Sources;

/// <summary>Where a <c>crk.source.&lt;configId&gt;</c> points.</summary>
public enum CrkSourceKind
{
    /// <summary>An <c>http://</c> or <c>https://</c> URL, e.g. a service's <c>/dksconfig</c> page.</summary>
    Http,

    /// <summary>A file (a path, relative ones under the configuration directory, or a <c>file:</c> URI).</summary>
    File,

    /// <summary><c>local:&lt;path&gt;</c>: a DKS page this process serves itself.</summary>
    Local,
}
