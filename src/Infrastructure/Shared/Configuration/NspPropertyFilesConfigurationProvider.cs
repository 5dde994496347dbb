using Microsoft.Extensions.Configuration;

namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>
/// Loads each <c>&lt;name&gt;.properties</c> file of a directory into the section <c>&lt;name&gt;</c>: the files
/// share keys with different meanings, so a key is only ever read through its file
/// (<c>idsas-operations:idsas.cleanup.batch.size</c>; the dots stay inside the key). <c>nsp.properties</c> holds our
/// own <c>nsp.*</c> keys and goes to the root. A missing directory gives no keys: defaults then apply.
/// </summary>
public sealed class NspPropertyFilesConfigurationProvider : ConfigurationProvider
{
    /// <summary>The file whose keys go to the root rather than to a section of its own.</summary>
    public const string RootFileName = "nsp.properties";

    private readonly string _directory;

    public NspPropertyFilesConfigurationProvider(string directory)
    {
        _directory = directory;
    }

    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (Directory.Exists(_directory))
        {
            // Sorted so that the outcome does not depend on the file system's order.
            string[] files = Directory.GetFiles(_directory, "*.properties", SearchOption.TopDirectoryOnly);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (string file in files)
            {
                string fileName = Path.GetFileName(file);
                string prefix = string.Equals(fileName, RootFileName, StringComparison.OrdinalIgnoreCase)
                    ? string.Empty
                    : Path.GetFileNameWithoutExtension(fileName) + ConfigurationPath.KeyDelimiter;
                foreach ((string key, string value) in JavaPropertiesFile.Load(file))
                {
                    data[prefix + key] = value;
                }
            }
        }

        data[NspConfigDirectory.ConfigurationKey] = _directory;
        Data = data;
    }
}
