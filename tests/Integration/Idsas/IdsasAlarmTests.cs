using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Infrastructure.Idsas.Persistence;
using Nsp.Tests.Integration.Shared.Hosting;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>The operations' alarm pages turn red when a job's last run failed, and green again after a good run.</summary>
public sealed class IdsasAlarmTests
{
    [Fact]
    public async Task A_deceased_cleanup_that_cannot_reach_PersonInformation_raises_its_alarm_until_a_run_succeeds()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?> { ["nsp.services"] = "idsas-operations" });
        using var client = factory.CreateClient();
        using (var scope = factory.Services.CreateScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<IdsasDbContext>();
            var now = DateTime.UtcNow;
            context.Blurrings.Add(Blurring.Create(IdsasTestProperties.DeadCpr, null, "12345678", now.AddDays(30), now));
            await context.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/idsas-operations/cleanup-blurrings-deceased/alarm", UriKind.Relative))).StatusCode);

        // The operator's registry file disappears: PersonInformation cannot answer.
        var persons = Path.Combine(factory.ConfigDirectory, "persons.json");
        var saved = await File.ReadAllTextAsync(persons);
        File.Delete(persons);
        using var failedRun = await client.GetAsync(new Uri("/idsas-operations/cleanup-blurrings-deceased", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, failedRun.StatusCode);

        using var red = await client.GetAsync(new Uri("/idsas-operations/cleanup-blurrings-deceased/alarm", UriKind.Relative));
        Assert.Equal(HttpStatusCode.InternalServerError, red.StatusCode);
        Assert.Contains("persons.json", await red.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await File.WriteAllTextAsync(persons, saved);
        using var goodRun = await client.GetAsync(new Uri("/idsas-operations/cleanup-blurrings-deceased", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, goodRun.StatusCode);
        using var green = await client.GetAsync(new Uri("/idsas-operations/cleanup-blurrings-deceased/alarm", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, green.StatusCode);
        Assert.Equal(string.Empty, await green.Content.ReadAsStringAsync());
    }
}
