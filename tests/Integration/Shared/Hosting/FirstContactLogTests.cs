using System.Net;
using Nsp.Tests.Integration.Shared.Database;

namespace Nsp.Tests.Integration.Shared.Hosting;

/// <summary>Issue 18: a first start (which migrates) on an empty database logs no error for an expected condition,
/// such as EF's migrations history table not existing yet; a second start neither.</summary>
public sealed class FirstContactLogTests
{
    [Fact]
    public async Task A_first_and_a_second_start_on_an_empty_sqlite_directory_log_no_errors()
    {
        var errors = new List<string>();
        for (var start = 0; start < 2; start++)
        {
            errors.AddRange(await StartAndCollectErrorsAsync(new Dictionary<string, string?>()));
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_first_and_a_second_start_on_an_empty_postgresql_database_log_no_errors()
    {
        await using var database = await PostgresServer.Instance.CreateDatabaseAsync(nameof(FirstContactLogTests));
        var settings = new Dictionary<string, string?>
        {
            ["nsp.db.provider"] = "postgresql",
            ["nsp.db.connectionstring"] = database.ConnectionString,
        };
        var errors = new List<string>();
        for (var start = 0; start < 2; start++)
        {
            errors.AddRange(await StartAndCollectErrorsAsync(settings));
        }

        Assert.Empty(errors);
    }

    private static async Task<IReadOnlyList<string>> StartAndCollectErrorsAsync(Dictionary<string, string?> settings)
    {
        using var factory = new NspHostFactory(settings, writeIdsasProperties: false);
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/odr/status", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. factory.Log.Lines.Where(l => l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal))];
    }
}
