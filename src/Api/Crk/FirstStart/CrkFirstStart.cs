using System.Text;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Crk.FirstStart;

/// <summary>
/// What an operator would enter before CRK's first reload on the embedded default (<c>nsp.sts.federation=local</c>):
/// <c>crk.properties</c> with one <c>crk.source.&lt;configId&gt;=local:&lt;path&gt;</c> per DKS page of the parts this
/// process serves, so <c>/crk/dcc</c> shows a real configuration once the start-up reload has run. Written only when
/// absent and only when CRK itself is served. The pages are named by their URLs, as an operator would name them.
/// </summary>
public static class CrkFirstStart
{
    public const string FileName = "crk.properties";

    /// <summary>Each part's DKS pages: (configId = the document's name, the page's path).</summary>
    private static readonly (string Part, string ConfigId, string Path)[] Pages =
    [
        ("idsas-registration", "idsas-registration-20230601", "/idsas-registration/20230601/dksconfig"),
        ("idsas-registration", "idsas-registration-20240124", "/idsas-registration/20240124/dksconfig"),
        ("idsas-lookup", "idsas-lookup-20240124", "/idsas-lookup/20240124/dksconfig"),
        ("idsas-lookup", "idsas-lookup-20230601", "/idsas-lookup/20230601/dksconfig"),
        ("idsas-salt", "idsas-salt-20230601", "/idsas-salt/dksconfig"),
        ("odr", "odr-20180501", "/odr/dksconfig"),
    ];

    /// <summary>Writes <c>crk.properties</c> when missing and CRK is among <paramref name="servedParts"/>; returns
    /// whether it wrote it.</summary>
    public static bool WriteConfiguration(string configDirectory, IReadOnlyCollection<string> servedParts)
    {
        ArgumentNullException.ThrowIfNull(servedParts);
        var path = Path.Combine(configDirectory, FileName);
        if (!servedParts.Contains("crk", StringComparer.OrdinalIgnoreCase) || File.Exists(path))
        {
            return false;
        }

        Directory.CreateDirectory(configDirectory);
        var text = new StringBuilder("# Written by the embedded default's first start (nsp.sts.federation=local); edit freely.\n")
            .Append("# crk.source.<configId> = an http(s) URL, a file, or local:<path> (a DKS page of this process).\n");
        foreach (var (_, configId, page) in Pages.Where(p => servedParts.Contains(p.Part, StringComparer.OrdinalIgnoreCase)))
        {
            text.Append("crk.source.").Append(configId).Append("=local:").Append(page).Append('\n');
        }

        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return true;
    }

    /// <summary>The parts named by <c>nsp.services</c> as far as it is known this early, else the default parts.</summary>
    public static IReadOnlyCollection<string> ServedParts(IConfiguration early)
    {
        ArgumentNullException.ThrowIfNull(early);
        var named = early["nsp.services"];
        return string.IsNullOrWhiteSpace(named)
            ? NspDeployables.Default
            : [.. named.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
    }
}
