using System.Text.Json;

namespace Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

/// <summary>A registry file in a temporary directory, removed on dispose.</summary>
public sealed class RegistryFile : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nsp-personinformation-").FullName;

    public RegistryFile() => Path = System.IO.Path.Combine(_directory, "persons.json");

    public string Path { get; }

    public void Write(IEnumerable<RegistryEntry> entries) =>
        WriteText(JsonSerializer.Serialize(entries.Select(e => new { cpr = e.Cpr, status = e.Status, statusStartDate = e.StatusStartDate })));

    public void WriteText(string text)
    {
        var before = File.Exists(Path) ? File.GetLastWriteTimeUtc(Path) : DateTime.MinValue;
        File.WriteAllText(Path, text);

        // Coarse file-system clocks could give a rewrite the same time stamp; move it on so the change is seen.
        File.SetLastWriteTimeUtc(Path, before == DateTime.MinValue ? DateTime.UtcNow : before.AddSeconds(1));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
