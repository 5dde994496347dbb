using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

/// <summary>The mode is chosen explicitly and a missing setting stops start-up with the property's name.</summary>
public sealed class PersonInformationRegistrationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Http_mode_without_a_url_fails_naming_the_property(string? url)
    {
        var settings = new PersonInformationSettings { Mode = PersonInformationMode.Http, Url = url, File = "/etc/hosts" };

        var e = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPersonInformation(settings));

        Assert.Contains("personinformation.url is required", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("test1-cnsp.ekstern-test.nspop.dk:8080/stamdata-personinformation")]
    [InlineData("ftp://example.org/")]
    [InlineData("/relative/path")]
    public void Http_mode_with_a_bad_url_fails_naming_the_property(string url)
    {
        var settings = new PersonInformationSettings { Mode = PersonInformationMode.Http, Url = url };

        var e = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPersonInformation(settings));

        Assert.Contains("personinformation.url", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_mode_without_a_file_fails_naming_the_property()
    {
        var settings = new PersonInformationSettings { Mode = PersonInformationMode.File, Url = "http://127.0.0.1:1/" };

        var e = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPersonInformation(settings));

        Assert.Contains("personinformation.file is required", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void File_mode_with_a_missing_file_fails_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "persons.json");
        var settings = new PersonInformationSettings { Mode = PersonInformationMode.File, File = path };

        var e = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPersonInformation(settings));

        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unset_mode_fails_rather_than_choosing_one()
    {
        var settings = new PersonInformationSettings { Mode = default, Url = "http://127.0.0.1:1/" };

        var e = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPersonInformation(settings));

        Assert.Contains("personinformation.mode", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_mode_registers_its_own_adapter_and_an_error_window()
    {
        using var file = new RegistryFile();
        file.WriteText("[]");
        var both = new PersonInformationSettings { Mode = PersonInformationMode.Http, Url = "http://127.0.0.1:1/pi", File = file.Path, ErrorTolerance = 3 };

        using var http = new ServiceCollection().AddLogging().AddPersonInformation(both).BuildServiceProvider();
        using var fromFile = new ServiceCollection().AddLogging().AddPersonInformation(both with { Mode = PersonInformationMode.File }).BuildServiceProvider();

        Assert.IsType<HttpPersonInformationClient>(http.GetRequiredService<IPersonInformationClient>());
        Assert.IsType<FilePersonInformationClient>(fromFile.GetRequiredService<IPersonInformationClient>());
        Assert.Equal(3, http.GetRequiredKeyedService<DependencyErrorWindow>(PersonInformationRegistration.ServiceKey).Tolerance);
    }

    [Fact]
    public void Bad_pool_settings_fail_at_registration()
    {
        var settings = new PersonInformationSettings { Mode = PersonInformationMode.Http, Url = "http://127.0.0.1:1/", MaxConnectionsPerRoute = 0 };

        Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddPersonInformation(settings));
    }
}
