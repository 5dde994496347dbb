using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Crk;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Persistence;
using Nsp.Domain.Crk;
using Nsp.Domain.Shared.Jobs;
using Nsp.Infrastructure.Crk.Persistence;
using Nsp.Tests.Integration.Shared.Database;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Operations;

namespace Nsp.Tests.Integration.Crk;

/// <summary>The real host serving only CRK on a PostgreSQL test database, with <c>crk.properties</c> naming the
/// test's sources (no start-up reload unless asked), and an in-test DKS source server. Every host starts from empty
/// CRK tables and job states.</summary>
public sealed class CrkHost : IAsyncDisposable
{
    private CrkHost(NspHostFactory factory, DksSourceServer source)
    {
        Factory = factory;
        Source = source;
        Client = factory.CreateClient();
    }

    public NspHostFactory Factory { get; }

    public DksSourceServer Source { get; }

    public HttpClient Client { get; }

    /// <param name="sources">configId → source value; <c>http:&lt;name&gt;</c> points at the source server's document.</param>
    public static async Task<CrkHost> StartAsync(PostgresTestDatabase database, Dictionary<string, string> sources, Dictionary<string, string>? properties = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        var source = await DksSourceServer.StartAsync();
        var factory = new NspHostFactory(new Dictionary<string, string?>
        {
            ["nsp.services"] = "crk",
            ["nsp.db.provider"] = "postgresql",
            ["nsp.db.connectionstring"] = database.ConnectionString,
        });
        var file = new Dictionary<string, string> { ["crk.reload.on.start"] = "false" };
        foreach (var (configId, value) in sources)
        {
            file["crk.source." + configId] = value.StartsWith("http:", StringComparison.Ordinal) && !value.StartsWith("http://", StringComparison.Ordinal)
                ? source.Url(value["http:".Length..])
                : value;
        }

        foreach (var (key, value) in properties ?? [])
        {
            file[key] = value;
        }

        IdsasTestProperties.Write(factory.ConfigDirectory, "crk", file);
        CrkHost host;
        try
        {
            host = new CrkHost(factory, source);
        }
        catch
        {
            // Start-up refused (a test of bad properties): release what was started.
            factory.Dispose();
            await source.DisposeAsync();
            throw;
        }

        await host.WithContextAsync(c => c.Database.ExecuteSqlRawAsync("TRUNCATE actions, endpoints, override, job_state, job_lease"));
        return host;
    }

    public async Task<(HttpStatusCode Code, string Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public Task<(HttpStatusCode Code, string Body)> ReloadAsync(string configId) => GetAsync("/crk/reload/" + configId);

    public async Task<(HttpStatusCode Code, string Body)> SendJsonAsync(HttpMethod method, string path, string? json)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        using var response = await Client.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A client whose calls come from another host (outside the operations allow-list).</summary>
    public (WebApplicationFactory<Program> Factory, HttpClient Client) FromElsewhere()
    {
        var elsewhere = new ClientAddressStartupFilter { Address = IPAddress.Parse("203.0.113.9") };
        var remote = Factory.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(elsewhere)));
        return (remote, remote.CreateClient());
    }

    public async Task<T> WithContextAsync<T>(Func<CrkDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<CrkDbContext>();
        return await work(context);
    }

    public Task<List<EndpointVersion>> VersionsAsync(string configId) =>
        WithContextAsync(c => c.Endpoints.AsNoTracking().Where(v => v.ConfigId == configId).OrderBy(v => v.Version).ToListAsync());

    public Task<List<EndpointAction>> ActionsAsync(long endpointId) =>
        WithContextAsync(c => c.Actions.AsNoTracking().Where(a => a.EndpointId == endpointId).OrderBy(a => a.Name).ToListAsync());

    public Task<int> RowCountAsync() =>
        WithContextAsync(async c => await c.Endpoints.CountAsync() + await c.Actions.CountAsync() + await c.Overrides.CountAsync());

    public async Task<JobStatus> JobStateAsync(string configId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredKeyedService<IJobStateStore>(NspService.Crk)
            .LoadAsync(CrkJobNames.Reload(configId), CancellationToken.None);
    }

    /// <summary>The host's audit lines (one JSON object a line).</summary>
    public List<string> AuditLines() => LogFiles.ReadAuditLines(Factory.Services, Path.Combine(Factory.Root, "logs"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Factory.Dispose();
        await Source.DisposeAsync();
    }
}
