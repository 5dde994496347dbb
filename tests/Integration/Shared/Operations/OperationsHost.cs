using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Nsp.Infrastructure.Shared.Audit;
using Nsp.Tests.Integration.Shared.Audit;
using Nsp.Tests.Integration.Shared.Hosting;

namespace Nsp.Tests.Integration.Shared.Operations;

/// <summary>The real API host serving <c>idsas-operations</c> and <c>minlog</c> on SQLite, with its audit lines and
/// log lines recorded. In-process, the caller's address is whatever <see cref="ClientAddress"/> says; with
/// <c>kestrel</c> the host listens on a real dual-stack socket (<c>[::]</c>) and the client calls 127.0.0.1, so the
/// server sees the IPv4-mapped <c>::ffff:127.0.0.1</c>.</summary>
public sealed class OperationsHost : IDisposable
{
    private readonly NspHostFactory _root;
    private readonly WebApplicationFactory<Program> _factory;

    public OperationsHost(string? allowedClients = null, bool kestrel = false)
    {
        var settings = new Dictionary<string, string?> { ["nsp.services"] = "idsas-operations,minlog" };
        if (allowedClients is not null)
        {
            settings["nsp.operations.allowed.clients"] = allowedClients;
        }

        _root = new NspHostFactory(settings);
        _factory = _root.WithWebHostBuilder(builder => builder
            .ConfigureServices(services =>
            {
                services.AddSingleton<IStartupFilter>(ClientAddress);
                services.AddSingleton<IAuditSink>(Audit);
            })
            .ConfigureLogging(logging => logging.AddProvider(Logs)));
        if (kestrel)
        {
            _factory.UseKestrel(options => options.Listen(IPAddress.IPv6Any, 0));
            _factory.StartServer();
            var listening = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
            Client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{listening.Port}") };
        }
        else
        {
            Client = _factory.CreateClient();
        }
    }

    public ClientAddressStartupFilter ClientAddress { get; } = new();

    public RecordingAuditSink Audit { get; } = new();

    public RecordingLoggerProvider Logs { get; } = new();

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public string ConfigDirectory => _root.ConfigDirectory;

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        _root.Dispose();
    }
}
