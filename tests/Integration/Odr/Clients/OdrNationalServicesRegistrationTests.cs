using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.DigitalPost;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using Nsp.Infrastructure.Odr.Configuration;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Tests.Integration.Shared.NationalServices.DigitalPost;
using Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Integration.Odr.Clients;

/// <summary>ODR's clients as the wiring step registers them: from <c>operations.properties</c> (then
/// <c>cleanup.properties</c>), keyed for ODR, each counting in its own window.</summary>
[Collection("OutboundHttp")]
public sealed class OdrNationalServicesRegistrationTests : IDisposable
{
    private static readonly Cpr Known = Cpr.Parse("0101701234");
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "nsp-odr-clients-" + Guid.NewGuid().ToString("N"));

    public OdrNationalServicesRegistrationTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static IConfiguration Config(params (string Key, string Value)[] properties) =>
        new ConfigurationBuilder().AddInMemoryCollection(properties.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    private static DigitalPostLetter Letter() => new(Guid.NewGuid(), Known, "ODR/20250911/digital/18aarHarTagetStilling");

    [Fact]
    public async Task Http_mode_sends_through_odrs_keyed_clients_and_counts_in_odrs_windows()
    {
        await using var post = await TestDigitalPostServer.StartAsync();
        await using var persons = await TestPersonInformationServer.StartAsync();
        persons.Add(Known.ToString(), "01", "1970-01-01");
        var config = Config(
            ("operations:personinformation.url", persons.Url),
            ("operations:digitalpost.service.url", post.Url),
            ("cleanup:digitalpost.error.tolerance", "1"));
        await using var provider = new ServiceCollection().AddLogging().AddOdrNationalServices(config).BuildServiceProvider();

        var status = await provider.GetRequiredKeyedService<IPersonInformationClient>(OdrNationalServicesRegistration.PersonInformationKey)
            .GetStatusAsync(Known, CancellationToken.None);
        var letter = Letter();
        var receipt = await provider.GetRequiredKeyedService<IDigitalPostClient>(OdrNationalServicesRegistration.DigitalPostKey)
            .SendAsync(letter, CancellationToken.None);
        post.Server.Fail(500);
        await Assert.ThrowsAsync<DigitalPostUnavailableException>(() =>
            provider.GetRequiredService<IDigitalPostClient>().SendAsync(Letter(), CancellationToken.None));

        Assert.NotNull(status);
        Assert.Equal(letter.MessageId, receipt.MessageId);
        var window = provider.GetRequiredKeyedService<DependencyErrorWindow>(OdrNationalServicesRegistration.DigitalPostKey);
        Assert.Equal((1, 1, false), (window.Tolerance, window.FailureCount, window.IsFailing));
        Assert.Equal(0, provider.GetRequiredKeyedService<DependencyErrorWindow>(OdrNationalServicesRegistration.PersonInformationKey).FailureCount);
    }

    [Fact]
    public async Task File_mode_from_cleanup_properties_records_letters_and_reads_persons()
    {
        var registry = Path.Combine(_directory, "persons.json");
        await File.WriteAllTextAsync(registry, "[{\"cpr\":\"0101701234\",\"status\":\"90\",\"statusStartDate\":\"2024-03-05\"}]");
        var letters = Path.Combine(_directory, "letters.jsonl");
        var config = Config(
            ("cleanup:personinformation.mode", "file"),
            ("cleanup:personinformation.file", registry),
            ("operations:digitalpost.mode", "file"),
            ("cleanup:digitalpost.file", letters));
        await using var provider = new ServiceCollection().AddLogging().AddOdrNationalServices(config).BuildServiceProvider();

        var status = await provider.GetRequiredKeyedService<IPersonInformationClient>(OdrNationalServicesRegistration.PersonInformationKey)
            .GetStatusAsync(Known, CancellationToken.None);
        var letter = Letter();
        await provider.GetRequiredService<IDigitalPostClient>().SendAsync(letter, CancellationToken.None);

        Assert.Equal("90", status!.Status.Code);
        var line = JsonDocument.Parse(Assert.Single(await File.ReadAllLinesAsync(letters))).RootElement;
        Assert.Equal(letter.MessageId.ToString(), line.GetProperty("messageId").GetString());
    }

    [Fact]
    public void Calling_it_from_both_odr_modules_registers_once()
    {
        var config = Config(("operations:digitalpost.mode", "file"), ("operations:digitalpost.file", Path.Combine(_directory, "l.jsonl")));
        var services = new ServiceCollection().AddLogging();

        services.AddOdrNationalServices(config);
        var count = services.Count;
        services.AddOdrNationalServices(config);

        Assert.Equal(count, services.Count);
    }

    [Fact]
    public void A_bad_property_stops_registration_and_registers_nothing()
    {
        var services = new ServiceCollection();
        var config = Config(("operations:digitalpost.default.connection.timeout.ms", "soon"));

        var e = Assert.Throws<InvalidPropertyException>(() => services.AddOdrNationalServices(config));

        Assert.Equal("digitalpost.default.connection.timeout.ms", e.PropertyName);
        Assert.Empty(services);
    }
}
