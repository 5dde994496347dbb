using Microsoft.Extensions.DependencyInjection;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Infrastructure.Idsas.Persistence;
using static Nsp.Tests.Integration.Idsas.IdsasSoapBodies;

namespace Nsp.Tests.Integration.Idsas;

/// <summary><c>idsas.lookup.strategy</c> as the STS meets it over SOAP: CPR searches <c>patient_id</c>, HASH
/// <c>patient_id_hashed</c> of the hashed incoming id, BOTH either.</summary>
public sealed class LookupStrategySoapTests
{
    private const string Citizen = "0707701111";
    private const string ByCprOrganisation = "55555555";
    private const string ByHashOrganisation = "66666666";

    [Theory]
    [InlineData("CPR", new[] { ByCprOrganisation })]
    [InlineData("HASH", new[] { ByHashOrganisation })]
    [InlineData("BOTH", new[] { ByCprOrganisation, ByHashOrganisation })]
    public async Task Each_strategy_answers_the_organisations_found_by_its_column(string strategy, string[] expected)
    {
        using var host = new IdsasSoapHost(config => File.AppendAllText(Path.Combine(config, "idsas-lookup.properties"), $"idsas.lookup.strategy={strategy}\n"));
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            // One row with only the patient id, one whose patient_id is another value but whose hash is the citizen's
            // under the configured salt (the test properties' saltprefix/saltpostfix).
            var context = scope.ServiceProvider.GetRequiredService<IdsasDbContext>();
            var now = DateTime.UtcNow;
            context.Blurrings.Add(Blurring.Create(Citizen, null, ByCprOrganisation, now.AddDays(1), now));
            context.Blurrings.Add(Blurring.Create("0000000001", new PatientIdSalt("saltprefix", "saltpostfix").Hash(Citizen), ByHashOrganisation, now.AddDays(1), now));
            await context.SaveChangesAsync();
        }

        var (status, answer) = await host.CallAsync(Lookup2024, GetBlurredOrganisations(Citizen));

        Assert.Equal(200, status);
        var found = OrganisationIds(answer).Order(StringComparer.Ordinal);
        Assert.Equal(expected, found);
    }
}
