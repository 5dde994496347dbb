using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

/// <summary>What every <see cref="IPersonInformationClient"/> must do, whichever mode it was registered with.</summary>
public abstract class PersonInformationClientContractTests : IAsyncLifetime
{
    protected static readonly IReadOnlyList<RegistryEntry> Registry =
    [
        new("0101701234", "01", "1970-01-01"),
        new("0202504321", "90", "2024-03-05"),
        new("0303801111", "80", "2010-06-01"),
        new("0404902222", "70", null),
        new("0101702555", "20", "2000-01-01"),
        new("0101004000", "05", "2000-01-01"), // born 2000-01-01 (seventh digit 4)
    ];

    private ServiceProvider? _provider;

    protected IPersonInformationClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var settings = await PrepareAsync(Registry);
        _provider = new ServiceCollection().AddLogging().AddPersonInformation(settings).BuildServiceProvider();
        Client = _provider.GetRequiredService<IPersonInformationClient>();
    }

    public async Task DisposeAsync()
    {
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        await CleanUpAsync();
    }

    [Fact]
    public async Task An_active_person_has_code_and_start_date()
    {
        var status = await Client.GetStatusAsync(Cpr.Parse("0101701234"), CancellationToken.None);

        Assert.NotNull(status);
        Assert.Equal(Cpr.Parse("0101701234"), status.Cpr);
        Assert.Equal("01", status.Status.Code);
        Assert.True(status.Status.IsActive);
        Assert.Equal(new DateOnly(1970, 1, 1), status.StatusStartDate);
    }

    [Fact]
    public async Task A_dead_person_has_the_date_of_death_as_start_date()
    {
        var status = await Client.GetStatusAsync(Cpr.Parse("0202504321"), CancellationToken.None);

        Assert.NotNull(status);
        Assert.Equal(CivilRegistrationMeaning.Dead, status.Status.Meaning);
        Assert.Equal(new DateOnly(2024, 3, 5), status.StatusStartDate);
    }

    [Fact]
    public async Task A_missing_start_date_stays_missing()
    {
        var status = await Client.GetStatusAsync(Cpr.Parse("0404902222"), CancellationToken.None);

        Assert.NotNull(status);
        Assert.Equal(CivilRegistrationMeaning.Disappeared, status.Status.Meaning);
        Assert.Null(status.StatusStartDate);
    }

    [Fact]
    public async Task An_uninterpreted_code_is_kept_as_unknown()
    {
        var status = await Client.GetStatusAsync(Cpr.Parse("0101702555"), CancellationToken.None);

        Assert.NotNull(status);
        Assert.Equal("20", status.Status.Code);
        Assert.Equal(CivilRegistrationMeaning.Unknown, status.Status.Meaning);
    }

    [Fact]
    public async Task An_unknown_cpr_gives_null()
    {
        Assert.Null(await Client.GetStatusAsync(Cpr.Parse("3112999999"), CancellationToken.None));
    }

    [Fact]
    public async Task A_batch_answers_the_known_cprs_once_each()
    {
        Cpr[] asked = [Cpr.Parse("0101701234"), Cpr.Parse("0303801111"), Cpr.Parse("3112999999"), Cpr.Parse("0101701234")];

        var statuses = await Client.GetStatusesAsync(asked, CancellationToken.None);

        Assert.Equal(["0101701234", "0303801111"], statuses.Select(s => s.Cpr.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal(CivilRegistrationMeaning.Emigrated, statuses.Single(s => s.Cpr == Cpr.Parse("0303801111")).Status.Meaning);
    }

    [Fact]
    public async Task A_batch_larger_than_one_request_is_answered_whole()
    {
        // 1200 unknown numbers around the two known ones, so the adapter must split and merge.
        var asked = Enumerable.Range(0, 1200).Select(i => Cpr.Parse($"010170{(i * 3) + 5000:0000}"))
            .Append(Cpr.Parse("0101701234"))
            .Prepend(Cpr.Parse("0101702555"))
            .ToList();

        var statuses = await Client.GetStatusesAsync(asked, CancellationToken.None);

        Assert.Equal(["0101701234", "0101702555"], statuses.Select(s => s.Cpr.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_empty_batch_gives_an_empty_answer()
    {
        Assert.Empty(await Client.GetStatusesAsync([], CancellationToken.None));
    }

    [Fact]
    public async Task Born_on_finds_the_persons_born_that_day_in_the_right_century()
    {
        var born1970 = await Client.FindBornOnAsync(new DateOnly(1970, 1, 1), CancellationToken.None);
        var born2000 = await Client.FindBornOnAsync(new DateOnly(2000, 1, 1), CancellationToken.None);

        Assert.Equal(["0101701234", "0101702555"], born1970.Select(c => c.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal([Cpr.Parse("0101004000")], born2000);
        Assert.Empty(await Client.FindBornOnAsync(new DateOnly(1971, 1, 1), CancellationToken.None));
    }

    /// <summary>Sets up the source holding <paramref name="registry"/> and says how to reach it.</summary>
    protected abstract Task<PersonInformationSettings> PrepareAsync(IReadOnlyList<RegistryEntry> registry);

    protected abstract Task CleanUpAsync();
}
