using Microsoft.Extensions.Configuration;

namespace Nsp.Infrastructure.Shared.Configuration;

/// <summary>Every <c>*.properties</c> file in <see cref="Directory"/> as a configuration section named by the file.</summary>
public sealed class NspPropertyFilesConfigurationSource : IConfigurationSource
{
    public NspPropertyFilesConfigurationSource(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = directory;
    }

    public string Directory { get; }

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new NspPropertyFilesConfigurationProvider(Directory);
}
