using System.Collections;
using System.Reflection;
using System.Resources;
using System.Text;

namespace Nsp.Api.Shared.Soap;

/// <summary>
/// Reads a text document (WSDL, XSD) embedded in an assembly. A name is first looked up as a manifest resource (a file
/// the project embeds with <c>EmbeddedResource</c>), then as a string entry of the assembly's <c>.resx</c> resources,
/// which the SDK embeds without a project change (an entry is a <c>ResXFileRef</c> to the file; ADR 0010).
/// </summary>
public static class EmbeddedDocuments
{
    public static string Read(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrEmpty(name);
        using (var stream = assembly.GetManifestResourceStream(name))
        {
            if (stream is not null)
            {
                using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return reader.ReadToEnd();
            }
        }

        foreach (string resources in assembly.GetManifestResourceNames())
        {
            if (!resources.EndsWith(".resources", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resources)!;
            using var reader = new ResourceReader(stream);
            foreach (DictionaryEntry entry in reader)
            {
                if (entry.Key is string key && key == name && entry.Value is string text)
                {
                    return text;
                }
            }
        }

        throw new InvalidOperationException(
            $"The assembly {assembly.GetName().Name} embeds no document named '{name}' (neither as a manifest resource nor in a .resx).");
    }
}
