using Nsp.Application.Odr.Operations;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using NSubstitute;

namespace Nsp.Tests.Unit.Odr.Operations;

public sealed class PersonInformationBatchesTests
{
    [Fact]
    public async Task Cprs_are_asked_about_in_requests_of_the_configured_size_and_texts_that_are_no_cpr_are_skipped()
    {
        var persons = Substitute.For<IPersonInformationClient>();
        var asked = new List<string[]>();
        persons.GetStatusesAsync(Arg.Any<IReadOnlyCollection<Cpr>>(), Arg.Any<CancellationToken>()).Returns(c =>
        {
            var cprs = c.Arg<IReadOnlyCollection<Cpr>>();
            asked.Add([.. cprs.Select(p => p.ToString())]);
            return Task.FromResult<IReadOnlyList<PersonStatus>>([.. cprs.Select(p => new PersonStatus(p, CivilRegistrationStatus.Parse("01"), null))]);
        });

        var statuses = await PersonInformationBatches.StatusesAsync(persons, ["0101801234", "not a cpr", "0202802345", "0303803456"], 2, CancellationToken.None);

        Assert.Equal([["0101801234", "0202802345"], ["0303803456"]], asked);
        Assert.Equal(3, statuses.Count);
    }

    [Fact]
    public async Task The_client_is_required()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => PersonInformationBatches.StatusesAsync(null!, ["0101801234"], 2, CancellationToken.None));
    }
}
