using Nsp.Application.Shared.Health;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

/// <summary>The file adapter's own concerns: the file missing, malformed, or changed while running.</summary>
public sealed class FilePersonInformationClientTests : IDisposable
{
    private static readonly Cpr Known = Cpr.Parse("0101701234");
    private readonly RegistryFile _file = new();

    public void Dispose() => _file.Dispose();

    [Fact]
    public void A_missing_file_fails_at_construction_naming_the_file()
    {
        var e = Assert.Throws<PersonInformationUnavailableException>(() => new FilePersonInformationClient(_file.Path));

        Assert.Equal(DependencyFailureKind.Missing, e.Reason);
        Assert.Contains(_file.Path, e.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json at all", "not a JSON array")]
    [InlineData("{\"cpr\":\"0101701234\"}", "not a JSON array")]
    [InlineData("null", "holds null")]
    [InlineData("[{\"cpr\":\"0101701234\",\"status\":\"01\"},{\"cpr\":\"3201701234\",\"status\":\"01\"}]", "entry 1 has no valid cpr")]
    [InlineData("[{\"cpr\":\"0101701234\",\"status\":\"1\"}]", "entry 0 has no valid status")]
    [InlineData("[{\"cpr\":\"0101701234\",\"status\":\"90\",\"statusStartDate\":\"05-03-2024\"}]", "statusStartDate")]
    [InlineData("[{\"cpr\":\"0101701234\",\"status\":\"01\"},{\"cpr\":\"0101701234\",\"status\":\"90\"}]", "entry 1 repeats")]
    public void A_malformed_file_fails_at_construction_naming_the_file_and_the_problem(string content, string problem)
    {
        _file.WriteText(content);

        var e = Assert.Throws<PersonInformationUnavailableException>(() => new FilePersonInformationClient(_file.Path));

        Assert.Equal(DependencyFailureKind.Malformed, e.Reason);
        Assert.Contains(_file.Path, e.Message, StringComparison.Ordinal);
        Assert.Contains("malformed", e.Message, StringComparison.Ordinal);
        Assert.Contains(problem, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_file_is_reloaded()
    {
        _file.Write([new RegistryEntry(Known.ToString(), "01", null)]);
        var client = new FilePersonInformationClient(_file.Path);
        Assert.True((await client.GetStatusAsync(Known, CancellationToken.None))!.Status.IsActive);

        _file.Write([new RegistryEntry(Known.ToString(), "90", "2025-02-03")]);

        var status = await client.GetStatusAsync(Known, CancellationToken.None);
        Assert.True(status!.Status.IsDead);
        Assert.Equal(new DateOnly(2025, 2, 3), status.StatusStartDate);
    }

    [Fact]
    public async Task A_file_that_goes_bad_while_running_fails_calls_and_counts_in_the_window()
    {
        _file.Write([new RegistryEntry(Known.ToString(), "01", null)]);
        var window = new DependencyErrorWindow(0, TimeSpan.FromMinutes(10), TimeProvider.System);
        var client = new FilePersonInformationClient(_file.Path, window);

        _file.WriteText("[{\"cpr\":");
        var e = await Assert.ThrowsAsync<PersonInformationUnavailableException>(() => client.GetStatusesAsync([Known], CancellationToken.None));
        Assert.Contains("malformed", e.Message, StringComparison.Ordinal);
        Assert.True(window.IsFailing);

        File.Delete(_file.Path);
        e = await Assert.ThrowsAsync<PersonInformationUnavailableException>(() => client.FindBornOnAsync(new DateOnly(1970, 1, 1), CancellationToken.None));
        Assert.Equal(DependencyFailureKind.Missing, e.Reason);
        Assert.Equal(2, window.ConsecutiveFailures);

        _file.Write([new RegistryEntry(Known.ToString(), "80", null)]);
        Assert.Equal(CivilRegistrationMeaning.Emigrated, (await client.GetStatusAsync(Known, CancellationToken.None))!.Status.Meaning);
        Assert.Equal(0, window.ConsecutiveFailures);
    }
}
