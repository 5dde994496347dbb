using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Nsp.Tests.Integration.Shared.Hosting;

/// <summary>
/// The real API as its own process (<c>dotnet Nsp.Api.dll</c> from the test output), on the embedded default in a
/// temporary directory, listening on a free loopback port. Unlike an in-process host, a stack overflow or a crash
/// ends only this process, so a test can see it: <see cref="HasExited"/> and the output it printed.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private Process? _process;

    private ApiProcess(string root, IReadOnlyDictionary<string, string> environment)
    {
        Root = root;
        Environment = environment;
    }

    public string Root { get; }

    public string ConfigDirectory => Path.Combine(Root, "config");

    public string DataDirectory => Path.Combine(Root, "data");

    public string LogDirectory => Path.Combine(Root, "logs");

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public bool HasExited => _process is null || _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    private IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>Starts the API and waits until <paramref name="readyPath"/> answers 200.</summary>
    public static async Task<ApiProcess> StartAsync(string readyPath, IReadOnlyDictionary<string, string>? environment = null)
    {
        var api = new ApiProcess(Directory.CreateTempSubdirectory("nsp-api-process-").FullName, environment ?? new Dictionary<string, string>());
        await api.StartAgainAsync(readyPath);
        return api;
    }

    /// <summary>Stops the process (if running) and starts it again on the same directories, e.g. after an edit to a
    /// property file.</summary>
    public async Task StartAgainAsync(string readyPath)
    {
        await StopAsync();
        int port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Nsp.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(BaseAddress.ToString().TrimEnd('/'));
        start.Environment["NSP_CONFIG_DIR"] = ConfigDirectory;
        start.Environment["NSP_DB_SQLITE_DIRECTORY"] = DataDirectory;
        start.Environment["NSP_LOG_DIRECTORY"] = LogDirectory;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach ((string name, string value) in Environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        await WaitUntilReadyAsync(readyPath);
    }

    /// <summary>GET <paramref name="path"/>'s status code; throws when the process has died.</summary>
    public async Task<HttpStatusCode> StatusOfAsync(string path)
    {
        if (HasExited)
        {
            throw new InvalidOperationException("The API process has exited:\n" + Output);
        }

        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A log file still being closed; the temporary directory is left behind.
        }
    }

    private async Task StopAsync()
    {
        Client?.Dispose();
        if (_process is { } process)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }

            process.Dispose();
            _process = null;
        }
    }

    private async Task WaitUntilReadyAsync(string readyPath)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        while (DateTime.UtcNow < deadline)
        {
            if (HasExited)
            {
                throw new InvalidOperationException("The API process exited while starting:\n" + Output);
            }

            try
            {
                using var response = await probe.GetAsync(new Uri(readyPath, UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Starting slowly.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The API process did not answer {readyPath} with 200 within 90 s:\n" + Output);
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
