namespace Nsp.Benchmarks.SideBySide;

/// <summary>What the parts of one side-by-side run share: its temporary directory, the API's configuration and
/// environment, where progress goes, and how one load run is made.</summary>
public sealed class SideBySideRun(string root, string configDirectory, IReadOnlyDictionary<string, string> apiEnvironment, TextWriter output)
{
    public string Root { get; } = root;

    public string ConfigDirectory { get; } = configDirectory;

    public IReadOnlyDictionary<string, string> ApiEnvironment { get; } = apiEnvironment;

    public TextWriter Output { get; } = output;

    public string ApiDll { get; } = Path.Combine(AppContext.BaseDirectory, "Nsp.Api.dll");

    /// <summary><c>wrk</c> against the operation on the server, with the server's peak resident memory.</summary>
    public async Task<LoadResult> LoadAsync(
        ServerProcess server, BenchOperation operation, int connections, int seconds, string runId, int freshOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(operation);
        string script = Path.Combine(Root, runId + ".lua");
        await File.WriteAllTextAsync(script, WrkScript.For(operation, runId, freshOffset));
        var (result, peak) = await server.MeasurePeakAsync(WrkRunner.RunAsync(new Uri(server.BaseAddress, operation.Path), script, connections, seconds));
        return result.WithPeak(peak);
    }
}
