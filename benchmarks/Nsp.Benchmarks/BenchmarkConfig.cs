using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Nsp.Benchmarks;

/// <summary>
/// One short job for every benchmark: 3 warm-up and 10 measured iterations, so the whole set runs in minutes on the
/// 2-core machines here. In-process: the host benchmarks start the real API through WebApplicationFactory, which must
/// run from this project's own output (its <c>Nsp.Api.deps.json</c> and content root), and an out-of-process run would
/// build a generated project under this repository's strict build settings. Results go under the build output.
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddJob(Job.Default
                .WithWarmupCount(3)
                .WithIterationCount(10)
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithId("Short"))
            .WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
}
