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
/// With <c>--service odr</c> the host serves ODR with <see cref="OdrSeeder"/>'s 100 000 registrations instead, and
/// workers, each with its own health professional's user card, send HasOrganDonorRegistration and
/// GetOrganDonorRegistration to <c>/odr/odr</c>. Prints requests per second, latency percentiles and errors per
/// operation. Stops by itself.
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
        return options.Service == LoadOptions.Odr ? await RunOdrAsync(options, output) : await RunIdsasAsync(options, output);
    }

    private static async Task<int> RunIdsasAsync(LoadOptions options, TextWriter output)
    {
        var citizens = Enumerable.Range(0, KnownCitizens).Select(SampleCitizens.Blurred).ToList();
        await using var host = new EmbeddedApiHost(new EmbeddedApiHostSettings
        {
            Kestrel = true,
            KnownCitizens = citizens,
            LogLevel = options.LogLevel,
        });
        Uri address = StartOnLoopback(host);

        var seeding = Stopwatch.StartNew();
        await BlurringSeeder.SeedAsync(host.Services);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"API on {address} (data in {host.Root}); seeded {BlurringSeeder.BlurredCitizens * BlurringSeeder.OrganisationsPerCitizen} blurrings in {seeding.Elapsed.TotalSeconds:F1} s."));

        var clients = Enumerable.Range(0, options.Concurrency).Select(_ => ClientEnvelopes.Issue(host.HostOptions)).ToArray();
        var workload = new Workload(
            [LoadOperation.Lookup, LoadOperation.CreateBlurring],
            (worker, number) =>
            {
                bool create = number % 100 < options.CreatePercent;
                return create
                    ? (LoadOperation.CreateBlurring, clients[worker].CreateBlurring(citizens[number % citizens.Count]))
                    : (LoadOperation.Lookup, clients[worker].Lookup(number % 2 == 0
                        ? SampleCitizens.Blurred(number % BlurringSeeder.BlurredCitizens)
                        : SampleCitizens.Unblurred(number % BlurringSeeder.BlurredCitizens)));
            },
            (operation, body) => operation == LoadOperation.Lookup && body.Contains("organisationId", StringComparison.Ordinal));
        return await MeasureAsync(address, options, workload, output,
            $"{options.CreatePercent} % CreateBlurring", "Lookups that found blurred organisations");
    }

    /// <summary>ODR: a host serving <c>odr</c> with <see cref="OdrSeeder"/>'s 100 000 registrations; Has and Get as a
    /// health professional, half about citizens with an active registration, half about citizens without any.</summary>
    private static async Task<int> RunOdrAsync(LoadOptions options, TextWriter output)
    {
        await using var host = new EmbeddedApiHost(new EmbeddedApiHostSettings
        {
            Kestrel = true,
            LogLevel = options.LogLevel,
            Services = "odr",
            OdrKnownCitizens = OdrSeeder.KnownCitizens(),
        });
        Uri address = StartOnLoopback(host);

        var seeding = Stopwatch.StartNew();
        int rows = await OdrSeeder.SeedAsync(host.Services);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"API on {address} (data in {host.Root}); seeded {rows} registrations in {seeding.Elapsed.TotalSeconds:F1} s."));

        var clients = Enumerable.Range(0, options.Concurrency).Select(_ => OdrClientEnvelopes.Issue(host.HostOptions)).ToArray();
        var workload = new Workload(
            [LoadOperation.HasOrganDonorRegistration, LoadOperation.GetOrganDonorRegistration],
            (worker, number) =>
            {
                // number / 2 keeps registered and unregistered citizens alternating for both operations.
                string cpr = number % 2 == 0
                    ? OdrSeeder.Registered(number / 2 % OdrSeeder.ActiveCitizens)
                    : OdrSeeder.Unregistered(number / 2 % OdrSeeder.UnregisteredCitizens);
                return (number / 2) % 100 < options.GetPercent
                    ? (LoadOperation.GetOrganDonorRegistration, clients[worker].Get(cpr))
                    : (LoadOperation.HasOrganDonorRegistration, clients[worker].Has(cpr));
            },
            (operation, body) => operation == LoadOperation.HasOrganDonorRegistration
                ? body.Contains(">true</registrationExists>", StringComparison.Ordinal)
                : body.Contains("odr:OrganDonorRegistration", StringComparison.Ordinal));
        return await MeasureAsync(address, options, workload, output,
            $"{options.GetPercent} % GetOrganDonorRegistration", "Has/Get that found an active registration");
    }

    private static Uri StartOnLoopback(EmbeddedApiHost host)
    {
        Uri address = host.StartKestrel();
        return address.IsLoopback
            ? address
            : throw new InvalidOperationException($"The load driver only sends to loopback addresses, not {address}.");
    }

    private static async Task<int> MeasureAsync(
        Uri address, LoadOptions options, Workload workload, TextWriter output, string mix, string foundLabel)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency, UseProxy = false };
        using var http = new HttpClient(handler) { BaseAddress = address, Timeout = RequestTimeout };

        var warmUp = new LoadRun(http, workload, options with { Requests = Math.Min(2_000, Math.Max(options.Requests / 10, options.Concurrency)) });
        await warmUp.RunAsync(TimeSpan.FromSeconds(30));
        var run = new LoadRun(http, workload, options);
        TimeSpan elapsed = await run.RunAsync(options.Duration);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{run.Issued} requests in {elapsed.TotalSeconds:F1} s ({run.Issued / elapsed.TotalSeconds:F0}/s) with {options.Concurrency} in flight, "
            + $"{mix}, log level {options.LogLevel}"
            + $"{(run.StoppedByTime ? "; stopped by the time limit" : string.Empty)}."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{foundLabel}: {run.Found}."));
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

    /// <summary>What a run sends: its operations, the request number's operation and envelope for a worker (its own
    /// card), and which successful answers count as found.</summary>
    private sealed record Workload(
        IReadOnlyList<LoadOperation> Operations,
        Func<int, int, (LoadOperation Operation, byte[] Envelope)> Next,
        Func<LoadOperation, string, bool> Found);

    /// <summary>One bounded phase: workers share a request counter and stop at the count or the deadline.</summary>
    private sealed class LoadRun(HttpClient http, Workload workload, LoadOptions options)
    {
        private static readonly MediaTypeHeaderValue SoapContentType = MediaTypeHeaderValue.Parse("text/xml; charset=utf-8");
        private readonly Dictionary<LoadOperation, List<double>>[] _latencies =
            [.. Enumerable.Range(0, options.Concurrency).Select(_ => workload.Operations.ToDictionary(o => o, _ => new List<double>()))];

        private readonly Dictionary<LoadOperation, int>[] _failures =
            [.. Enumerable.Range(0, options.Concurrency).Select(_ => workload.Operations.ToDictionary(o => o, _ => 0))];

        private readonly List<string> _firstErrors = [];
        private int _issued;
        private int _found;

        public int Issued => Math.Min(_issued, options.Requests);

        public bool StoppedByTime { get; private set; }

        /// <summary>Successful answers the workload counts as found (IDSAS: lookups naming an organisation, about
        /// half; ODR: answers with an active registration, about half).</summary>
        public int Found => _found;

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
            await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(worker => Task.Run(() => WorkAsync(worker, deadline.Token))));
            StoppedByTime = deadline.IsCancellationRequested;
            return started.Elapsed;
        }

        public IEnumerable<LatencySummary> Summaries(TimeSpan elapsed)
        {
            foreach (var operation in workload.Operations)
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

                var (operation, envelope) = workload.Next(worker, number);
                long started = Stopwatch.GetTimestamp();
                try
                {
                    using var content = new ByteArrayContent(envelope);
                    content.Headers.ContentType = SoapContentType;
                    using var request = new HttpRequestMessage(HttpMethod.Post, operation.Path) { Content = content };
                    if (operation.SoapAction is { } action)
                    {
                        request.Headers.TryAddWithoutValidation("SOAPAction", action);
                    }

                    using var response = await http.SendAsync(request, deadline);
                    string body = await response.Content.ReadAsStringAsync(deadline);
                    double milliseconds = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    if (response.IsSuccessStatusCode && body.Contains(operation.SuccessElement, StringComparison.Ordinal))
                    {
                        _latencies[worker][operation].Add(milliseconds);
                        if (workload.Found(operation, body))
                        {
                            Interlocked.Increment(ref _found);
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
