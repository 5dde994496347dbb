using System.Globalization;
using System.Net;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;
using static Nsp.Tests.Integration.Idsas.IdsasSoapBodies;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>Registration and operations in one process, each with its own file's <c>personinformation.*</c>:
/// registration reads a registry file, operations asks an HTTP PersonInformation that knows better.</summary>
public sealed class PartsOwnPersonInformationTests
{
    [Fact]
    public async Task Registration_and_operations_in_one_host_each_ask_the_PersonInformation_of_their_own_file()
    {
        // Operations' PersonInformation says the citizen died two years ago; registration's registry file says alive.
        await using var operationsPersons = await TestPersonInformationServer.StartAsync();
        operationsPersons.Add(
            IdsasTestProperties.LivingCpr,
            "90",
            DateTime.UtcNow.AddYears(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        using var host = new IdsasSoapHost(config => IdsasTestProperties.Write(config, "idsas-operations", new()
        {
            ["personinformation.mode"] = "http",
            ["personinformation.url"] = operationsPersons.Url,
        }));

        var (created, _) = await host.CallAsync(Registration2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(5)));
        var askedByRegistration = operationsPersons.Server.RequestCount;
        using var cleanup = await host.Client.GetAsync(new Uri("/idsas-operations/cleanup-blurrings-deceased", UriKind.Relative));
        var (_, found) = await host.CallAsync(Lookup2024, GetBlurredOrganisations(IdsasTestProperties.LivingCpr));

        Assert.Equal(200, created);
        Assert.Equal(0, askedByRegistration);
        Assert.Equal(HttpStatusCode.OK, cleanup.StatusCode);
        Assert.True(operationsPersons.Server.RequestCount > 0, "operations never asked its own PersonInformation");
        Assert.Empty(OrganisationIds(found));
    }
}
