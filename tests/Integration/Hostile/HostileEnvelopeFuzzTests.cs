using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Nsp.Tests.Integration.Idsas;
using Nsp.Tests.Integration.Shared.Sts;
using Xunit.Abstractions;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>
/// Issue 10 item 7: at least 10,000 mutated envelopes built from valid signed requests of every IDSAS operation go
/// through the real HTTP pipeline (audit middleware, gateway, MediatR, SQLite). Each gets the operation's answer or a
/// well-formed fault (<see cref="HostileOracle"/>); nothing reaches the internal-error path; the store changes only
/// as the accepted calls explain; memory stays bounded; and the host still answers afterwards. Seeded:
/// <c>NSP_FUZZ_SEED</c> and <c>NSP_FUZZ_CASES</c> reproduce a failure the message names.
/// </summary>
public sealed class HostileEnvelopeFuzzTests(ITestOutputHelper output)
{
    private const int Parallelism = 8;
    private const int ShownFailures = 8;
    private const long MemoryGrowthBound = 200L * 1024 * 1024;
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Every_mutated_envelope_gets_an_answer_or_a_well_formed_fault_and_refused_calls_store_nothing()
    {
        var settings = HostileFuzzSettings.FromEnvironment();
        await using var host = await HostileIdsasHost.StartAsync();
        var bases = HostileBaseRequests.Create(host.Sts.ValidSystemCard(), IdsasSoapBodies.DaysAhead(30));
        await PrepareAsync(host, bases);
        var generator = new HostileEnvelopeGenerator(settings.Seed, bases, HostileMaterial.Create(host.Sts));

        var before = await IdsasStoreSnapshot.TakeAsync(host.Services);
        long memoryBefore = GC.GetTotalMemory(forceFullCollection: true);
        var failures = new ConcurrentQueue<(int Index, string Text)>();
        var outcomes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var operatorCounts = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var accepted = new ConcurrentQueue<HostileCase>();
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(
            Enumerable.Range(0, settings.Cases),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism },
            async (index, _) =>
            {
                var request = generator.Generate(index);
                foreach (string applied in request.Operators)
                {
                    operatorCounts.AddOrUpdate(applied[..applied.IndexOf(':', StringComparison.Ordinal)], 1, (_, n) => n + 1);
                }

                string? failure;
                string outcome;
                using var timeout = new CancellationTokenSource(CallTimeout);
                try
                {
                    var (status, contentType, allow, body) = await HostileSender.SendAsync(host.Client, request, timeout.Token);
                    failure = HostileOracle.Judge(request, status, contentType, allow, body, out outcome);
                    if (failure is not null)
                    {
                        failure += "\nanswer: " + Truncated(Encoding.UTF8.GetString(body), 1500);
                    }
                    else if (status == 200)
                    {
                        accepted.Enqueue(request);
                    }
                }
                catch (OperationCanceledException) when (timeout.IsCancellationRequested)
                {
                    (failure, outcome) = ($"no answer within {CallTimeout.TotalSeconds} s (a hang)", "timeout");
                }
                catch (HttpRequestException exception)
                {
                    (failure, outcome) = ("the request failed on its way (an exception escaped the pipeline): " + exception, "exception");
                }

                outcomes.AddOrUpdate(outcome, 1, (_, n) => n + 1);
                if (failure is not null)
                {
                    failures.Enqueue((index, failure + "\n" + request.Describe(settings.Seed)));
                }
            });

        clock.Stop();
        long memoryAfter = GC.GetTotalMemory(forceFullCollection: true);
        Report(settings, clock.Elapsed, outcomes, operatorCounts, memoryBefore, memoryAfter, accepted.Count);

        var effects = new AcceptedEffects();
        foreach (var request in accepted)
        {
            effects.Add(request);
        }

        var unexplained = effects.Unexplained(before, await IdsasStoreSnapshot.TakeAsync(host.Services), TestSts.Cvr);
        var errors = host.Logs.Errors;
        var forged = host.AuditLines().Where(l => l.Contains($"\"medcom:CareProviderID\":\"{HostileMaterial.ForgedCvr}\"", StringComparison.Ordinal)).ToList();

        Assert.True(failures.IsEmpty, Failures(settings, failures) + "\n\nThe host's errors:\n" + host.Logs.Summary());
        Assert.True(unexplained.Count == 0, $"Seed {settings.Seed}: the store changed in ways no accepted call explains:\n" + string.Join("\n", unexplained.Take(20)));
        Assert.True(errors.Count == 0, $"Seed {settings.Seed}: the host logged {errors.Count} errors:\n" + host.Logs.Summary());
        Assert.True(forged.Count == 0, $"Seed {settings.Seed}: a forged card's CVR was verified and audited:\n" + Truncated(string.Concat(forged.Take(1)), 2000));
        Assert.True(memoryAfter - memoryBefore < MemoryGrowthBound, $"Seed {settings.Seed}: managed memory grew by {(memoryAfter - memoryBefore) / (1024 * 1024)} MB");
        foreach (var request in bases)
        {
            var (status, answer) = await host.SendAsync(request);
            Assert.True(status == 200 && answer.LocalName == request.Operation + "Response", $"After the run {request.Operation} answered {status}: {answer.OuterXml}");
        }
    }

    /// <summary>Checks every base request is valid (each answers 200) and leaves the department RemoveOrgBlurring aims
    /// at blurred, so accepted removals change something the store check must explain.</summary>
    private static async Task PrepareAsync(HostileIdsasHost host, IReadOnlyList<HostileBaseRequest> bases)
    {
        var create = bases.Single(b => b.Operation == "CreateOrgBlurring");
        var createRemoved = create with
        {
            Envelope = create.Envelope.Replace(HostileBaseRequests.CreatedOrgId, HostileBaseRequests.RemovedOrgId, StringComparison.Ordinal),
        };
        foreach (var request in bases.Prepend(createRemoved).Append(createRemoved))
        {
            var (status, answer) = await host.SendAsync(request);
            Assert.True(status == 200 && answer.LocalName == request.Operation + "Response", $"The base request of {request.Operation} is not valid: {answer.OuterXml}");
        }
    }

    private void Report(
        HostileFuzzSettings settings,
        TimeSpan elapsed,
        ConcurrentDictionary<string, int> outcomes,
        ConcurrentDictionary<string, int> operatorCounts,
        long memoryBefore,
        long memoryAfter,
        int acceptedCount)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"seed {settings.Seed}, {settings.Cases} cases in {elapsed.TotalSeconds:F1} s, {acceptedCount} accepted; ")
            .Append(CultureInfo.InvariantCulture, $"managed memory {memoryBefore / (1024 * 1024)} MB -> {memoryAfter / (1024 * 1024)} MB, working set {Environment.WorkingSet / (1024 * 1024)} MB\n")
            .Append("outcomes: ").AppendJoin(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} ×{o.Value}")).Append('\n')
            .Append("operators: ").AppendJoin(", ", operatorCounts.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} ×{o.Value}"));
        output.WriteLine(text.ToString());
    }

    private static string Failures(HostileFuzzSettings settings, IEnumerable<(int Index, string Text)> failures)
    {
        var ordered = failures.OrderBy(f => f.Index).ToList();
        return $"Seed {settings.Seed}: {ordered.Count} of {settings.Cases} cases failed (cases {string.Join(", ", ordered.Take(50).Select(f => f.Index))}); " +
            $"the first {Math.Min(ShownFailures, ordered.Count)}:\n\n" + string.Join("\n\n", ordered.Take(ShownFailures).Select(f => f.Text));
    }

    private static string Truncated(string text, int max) => text.Length <= max ? text : text[..max] + "...";
}
