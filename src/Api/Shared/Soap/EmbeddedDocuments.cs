using System.Reflection;
using System.Text;

namespace Nsp.Api.Shared.Soap;

/// <summary>Reads a text document (WSDL, XSD) embedded in an assembly under its file name (the projects embed
/// <c>*.wsdl</c> and <c>*.xsd</c> with their file names as logical names; ADR 0010).</summary>
public static class EmbeddedDocuments
{
    public static string Read(Assembly assembly, string name)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrEmpty(name);
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The assembly {assembly.GetName().Name} embeds no document named '{name}'.");
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
