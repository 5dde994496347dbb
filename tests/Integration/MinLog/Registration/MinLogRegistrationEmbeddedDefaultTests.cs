using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.MinLog.Registration;
using Nsp.Infrastructure.MinLog.Persistence;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Integration.Odr.Soap;
using Nsp.Tests.Integration.Shared.Hosting;
using Nsp.Tests.Integration.Shared.Logging;
using Nsp.Tests.Integration.Shared.Soap;

namespace Nsp.Tests.Integration.MinLog.Registration;

/// <summary>The embedded default as a fresh machine has it (SQLite, the local STS): the first start whitelists the
/// sample system, so the printed <c>sample-request AddRegistrations</c> is stored; and a process serving ODR's
/// operations without the minlog part refuses to start until it knows MinLog's URL.</summary>
public sealed class MinLogRegistrationEmbeddedDefaultTests
{
    [Fact]
    public async Task The_printed_sample_registration_is_stored_on_a_fresh_embedded_default()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?> { ["nsp.services"] = "minlog" }, writeIdsasProperties: false);
        using var client = factory.CreateClient();
        var options = NspHostOptions.From(factory.Services.GetRequiredService<IConfiguration>());
        string envelope = MinLogRegistrationSampleRequest.Envelope(MinLogRegistrationSampleRequest.AddRegistrations, options, TimeProvider.System)!;

        using var content = new StringContent(envelope, Encoding.UTF8, "text/xml");
        using var response = await client.PostAsync(new Uri(MinLogRegistrationContract.Path, UriKind.Relative), content);
        var answer = await SoapAnswer.ReadAsync(response);

        Assert.True(answer.Status == HttpStatusCode.OK, answer.Text);
        Assert.Equal(("1", "0"), (answer.First(string.Empty, "NumberAdded"), answer.First(string.Empty, "NumberFailed")));
        using var testCode = CapturingLoggerProvider.TestCode();
        using var scope = factory.Services.CreateScope();
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<MinLogDbContext>().LogEntries.CountAsync(e => e.CprNrBorger == LocalSampleSystem.PatientCpr));
    }

    [Fact]
    public void Odr_operations_without_the_minlog_part_needs_minlog_registration_url_to_start()
    {
        using var factory = new NspHostFactory(new Dictionary<string, string?> { ["nsp.services"] = "odr-operations" }, writeIdsasProperties: false);
        OdrTestProperties.WriteDefaults(factory.ConfigDirectory);

        var error = Assert.Throws<MissingPropertyException>(() => factory.CreateClient());

        Assert.Contains("minlog.registration.url", error.Message, StringComparison.Ordinal);
        Assert.Contains("operations", error.Message, StringComparison.Ordinal);
    }
}
