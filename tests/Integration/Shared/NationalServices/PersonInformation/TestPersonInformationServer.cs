using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Nsp.Domain.Shared.Persons;
using Nsp.Tests.Integration.Shared.Http;

namespace Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

/// <summary>
/// A fake PersonInformation service speaking docs/personinformation-http.md under a versioned base path, like the
/// real one, over an in-memory registry. Writes its JSON by hand so the adapter's own DTOs are not under test twice.
/// </summary>
public sealed class TestPersonInformationServer : IAsyncDisposable
{
    /// <summary>The real service's path style (seed: .../stamdata-personinformation/2024/08/01).</summary>
    public const string BasePath = "/stamdata-personinformation/2024/08/01";

    private readonly ConcurrentDictionary<string, (string Status, string? Start)> _registry = new(StringComparer.Ordinal);

    private TestPersonInformationServer()
    {
    }

    public TestHttpServer Server { get; private set; } = null!;

    /// <summary>The URL to configure as <c>personinformation.url</c> (no trailing slash, as operators write it).</summary>
    public string Url => new Uri(Server.BaseAddress, BasePath.TrimStart('/')).AbsoluteUri;

    public static async Task<TestPersonInformationServer> StartAsync()
    {
        var fake = new TestPersonInformationServer();
        fake.Server = await TestHttpServer.StartAsync(fake.Map);
        return fake;
    }

    public void Add(string cpr, string status, string? statusStartDate) => _registry[cpr] = (status, statusStartDate);

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    private void Map(WebApplication app)
    {
        app.MapGet(BasePath + "/persons/{cpr}", (string cpr) =>
            _registry.TryGetValue(cpr, out var p) ? Results.Text(Person(cpr, p).ToJsonString(), "application/json") : Results.NotFound());

        app.MapPost(BasePath + "/persons/query", async (HttpRequest request) =>
        {
            var body = await JsonNode.ParseAsync(request.Body);
            var persons = new JsonArray();
            foreach (var node in body!["cprs"]!.AsArray())
            {
                var cpr = node!.GetValue<string>();
                if (_registry.TryGetValue(cpr, out var p))
                {
                    persons.Add(Person(cpr, p));
                }
            }

            return Results.Text(new JsonObject { ["persons"] = persons }.ToJsonString(), "application/json");
        });

        app.MapGet(BasePath + "/persons", (string birthDate) =>
        {
            var date = DateOnly.ParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var cprs = new JsonArray();
            foreach (var cpr in _registry.Keys.Where(c => Cpr.Parse(c).BirthDate == date))
            {
                cprs.Add(cpr);
            }

            return Results.Text(new JsonObject { ["cprs"] = cprs }.ToJsonString(), "application/json");
        });
    }

    private static JsonObject Person(string cpr, (string Status, string? Start) p) =>
        new() { ["cpr"] = cpr, ["status"] = p.Status, ["statusStartDate"] = p.Start };
}
