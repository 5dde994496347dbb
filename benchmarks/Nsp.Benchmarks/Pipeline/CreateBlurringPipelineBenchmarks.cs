using BenchmarkDotNet.Attributes;
using Nsp.Application.Idsas.Blurrings.CreateBlurring;
using Nsp.Benchmarks.Hosting;

namespace Nsp.Benchmarks.Pipeline;

/// <summary>
/// CreateBlurring through the whole MediatR pipeline on the embedded default (DATABASE persist strategy: the upsert
/// commits in the request's transaction; PersonInformation from the sample registry file), against 100 000 seeded
/// blurrings. Each call registers another known citizen, so inserts turn into replacements as the run goes on.
/// </summary>
[MemoryDiagnoser]
public class CreateBlurringPipelineBenchmarks
{
    private const int KnownCitizens = 1_000;

    private PipelineCaller _pipeline = null!;
    private int _next;

    [GlobalSetup]
    public async Task Setup()
    {
        var citizens = Enumerable.Range(0, KnownCitizens).Select(SampleCitizens.Blurred).ToList();
        _pipeline = await PipelineCaller.StartAsync(new EmbeddedApiHostSettings { KnownCitizens = citizens });
        await CreateBlurring();
    }

    [GlobalCleanup]
    public async Task Cleanup() => await _pipeline.DisposeAsync();

    [Benchmark]
    public Task<CreateBlurringResult> CreateBlurring()
    {
        _next = (_next + 1) % KnownCitizens;
        return _pipeline.SendAsync(new CreateBlurringCommand(SampleCitizens.Blurred(_next), DateTimeOffset.UtcNow.AddDays(30)));
    }
}
