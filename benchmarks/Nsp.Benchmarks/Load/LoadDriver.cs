using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Nsp.Benchmarks.Hosting;

namespace Nsp.Benchmarks.Load;

/// <summary>
/// A bounded HTTP load run against the real API: the host on its embedded default in temporary directories, on
/// Kestrel at 127.0.0.1 (loopback only), with <see cref="BlurringSeeder"/>'s 100 000 blurrings. Workers, each with
/// its own card, send GetBlurredOrganisations (half about blurred citizens, half about unblurred ones) and
/// CreateBlurring calls until the request count or the time limit is reached, after a short uncounted warm-up.
/// Prints requests per second, latency percentiles and errors per operation. Stops by itself.
/// </summary>
public static class LoadDriver
{
    public const string Command = "load";

    private const int KnownCitizens = 1_000;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(LoadOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var citizens = Enumerable.Range(0, KnownCitizens).Select(SampleCitizens.Blurred).ToList();
        await using var host = new EmbeddedApiHost(new EmbeddedApiHostSettings
        {
            Kestrel = true,
            KnownCitizens = citizens,
            LogLevel = options.LogLevel,
        });
        Uri address = host.StartKestrel();
        if (!address.IsLoopback)
        {
            throw new InvalidOperationException($"The load driver only sends to loopback addresses, not {address}.");
        }

        var seeding = Stopwatch.StartNew();
        await BlurringSeeder.SeedAsync(host.Services);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"API on {address} (data in {host.Root}); seeded {BlurringSeeder.BlurredCitizens * BlurringSeeder.OrganisationsPerCitizen} blurrings in {seeding.Elapsed.TotalSeconds:F1} s."));

        var clients = Enumerable.Range(0, options.Concurrency).Select(_ => ClientEnvelopes.Issue(host.HostOptions)).ToArray();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, UseProxy = false };
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = RequestTimeout };

        var warmUp = new LoadRun(http, clients, citizens, options with { Requests = Math.Min(2_000, Math.Max(options.Requests / 10, options.Concurrency)) });
        await warmUp.RunAsync(TimeSpan.FromSeconds(30));
        var run = new LoadRun(http, clients, citizens, options);
        TimeSpan elapsed = await run.RunAsync(options.Duration);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{run.Issued} requests in {elapsed.TotalSeconds:F1} s ({run.Issued / elapsed.TotalSeconds:F0}/s) with {options.Concurrency} in flight, "
            + $"{options.CreatePercent} % CreateBlurring, log level {options.LogLevel}"
            + $"{(run.StoppedByTime ? "; stopped by the time limit" : string.Empty)}."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Lookups that found blurred organisations: {run.LookupsThatFound}."));
        output.WriteLine();
        output.WriteLine("| operation | ok | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var summary in run.Summaries(elapsed))
        {
            output.WriteLine(summary.ToMarkdownRow());
        }

        foreach (string error in run.FirstErrors)
        {
            output.WriteLine("error: " + error);
        }

        return run.Errors == 0 ? 0 : 1;
    }

    /// <summary>One bounded phase: workers share a request counter and stop at the count or the deadline.</summary>
    private sealed class LoadRun(HttpClient http, ClientEnvelopes[] clients, IReadOnlyList<string> knownCitizens, LoadOptions options)
    {
        private static readonly MediaTypeHeaderValue SoapContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        private readonly Dictionary<LoadOperation, List<double>>[] _latencies =
            [.. clients.Select(_ => new Dictionary<LoadOperation, List<double>> { [LoadOperation.Lookup] = [], [LoadOperation.CreateBlurring] = [] })];

        private readonly Dictionary<LoadOperation, int>[] _failures =
            [.. clients.Select(_ => new Dictionary<LoadOperation, int> { [LoadOperation.Lookup] = 0, [LoadOperation.CreateBlurring] = 0 })];

        private readonly List<string> _firstErrors = [];
        private int _issued;
        private int _lookupsThatFound;

        public int Issued => Math.Min(_issued, options.Requests);

        public bool StoppedByTime { get; private set; }

        /// <summary>Lookups whose answer named at least one organisation (about half: every other citizen is blurred).</summary>
        public int LookupsThatFound => _lookupsThatFound;

        public int Errors => _failures.Sum(f => f.Values.Sum());

        public IReadOnlyList<string> FirstErrors
        {
            get
            {
                lock (_firstErrors)
                {
                    return [.. _firstErrors];
                }
            }
        }

        public async Task<TimeSpan> RunAsync(TimeSpan limit)
        {
            using var deadline = new CancellationTokenSource(limit);
            var started = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, clients.Length).Select(worker => Task.Run(() => WorkAsync(worker, deadline.Token))));
            StoppedByTime = deadline.IsCancellationRequested;
            return started.Elapsed;
        }

        public IEnumerable<LatencySummary> Summaries(TimeSpan elapsed)
        {
            foreach (var operation in new[] { LoadOperation.Lookup, LoadOperation.CreateBlurring })
            {
                yield return LatencySummary.Of(
                    operation.Name, [.. _latencies.SelectMany(l => l[operation])], _failures.Sum(f => f[operation]), elapsed);
            }

            yield return LatencySummary.Of("all", [.. _latencies.SelectMany(l => l.Values.SelectMany(v => v))], Errors, elapsed);
        }

        private async Task WorkAsync(int worker, CancellationToken deadline)
        {
            while (!deadline.IsCancellationRequested)
            {
                int number = Interlocked.Increment(ref _issued);
                if (number > options.Requests)
                {
                    return;
                }

                bool create = number % 100 < options.CreatePercent;
                var operation = create ? LoadOperation.CreateBlurring : LoadOperation.Lookup;
                byte[] envelope = create
                    ? clients[worker].CreateBlurring(knownCitizens[number % knownCitizens.Count])
                    : clients[worker].Lookup(number % 2 == 0
                        ? SampleCitizens.Blurred(number % BlurringSeeder.BlurredCitizens)
                        : SampleCitizens.Unblurred(number % BlurringSeeder.BlurredCitizens));
                long started = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(envelope);
                    content.Headers.ContentType = SoapContentType;
                    using var response = await http.PostAsync(operation.Path, content, deadline);
                    string body = await response.Content.ReadAsStringAsync(deadline);
                    double milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (response.IsSuccessStatusCode && body.Contains(operation.SuccessElement, StringComparison.Ordinal))
                    {
                        _latencies[worker][operation].Add(milliseconds);
                        if (!create && body.Contains("organisationId", StringComparison.Ordinal))
                        {
                            Interlocked.Increment(ref _lookupsThatFound);
                        }
                    }
                    else
                    {
                        Fail(worker, operation, $"{operation.Name}: HTTP {(int)response.StatusCode}: {body[..Math.Min(body.Length, 400)]}");
                    }
                }
                catch (OperationCanceledException) when (deadline.IsCancellationRequested)
                {
                    // Cut off by the time limit: neither a success nor an error.
                    return;
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    Fail(worker, operation, $"{operation.Name}: {exception.GetType().Name}: {exception.Message}");
                }
            }
        }

        private void Fail(int worker, LoadOperation operation, string error)
        {
            _failures[worker][operation]++;
            lock (_firstErrors)
            {
                if (_firstErrors.Count < 5)
                {
                    _firstErrors.Add(error);
                }
            }
        }
    }
}
