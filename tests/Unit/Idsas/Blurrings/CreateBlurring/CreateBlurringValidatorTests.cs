using Nsp.Application.Idsas.Blurrings.CreateBlurring;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;
using Nsp.Tests.Unit.Shared;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Nsp.Tests.Unit.Idsas.Blurrings.CreateBlurring;

public sealed class CreateBlurringValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private const string Patient = "1111111118";
    private readonly IPersonInformationClient _persons = Substitute.For<IPersonInformationClient>();

    private async Task<List<(string Field, string Message)>> ErrorsAsync(string? patientId)
    {
        var validator = new CreateBlurringValidator(new IdsasRegistrationSettings { PersistStrategy = PersistStrategy.Database }, _persons, new ManualTimeProvider(Now));
        var result = await validator.ValidateAsync(new CreateBlurringCommand(patientId, Now.AddDays(1)));
        return [.. result.Errors.Select(e => (e.PropertyName, e.ErrorMessage))];
    }

    private void Status(string code) =>
        _persons.GetStatusAsync(Cpr.Parse(Patient), Arg.Any<CancellationToken>()).Returns(new PersonStatus(Cpr.Parse(Patient), CivilRegistrationStatus.Parse(code), null));

    [Fact]
    public async Task A_living_person_known_to_PersonInformation_can_be_blurred()
    {
        Status("01");

        Assert.Empty(await ErrorsAsync(Patient));
    }

    [Fact]
    public async Task A_cpr_written_with_a_hyphen_is_refused_without_asking_PersonInformation()
    {
        Assert.Equal(
            [(CreateBlurringValidator.PatientIdField, "patientId must be a CPR number: 10 digits without hyphen, the first six a valid date.")],
            await ErrorsAsync("111111-1118"));
        await _persons.DidNotReceiveWithAnyArgs().GetStatusAsync(default!, default);
    }

    [Fact]
    public async Task A_person_PersonInformation_does_not_know_is_refused()
    {
        _persons.GetStatusAsync(Arg.Any<Cpr>(), Arg.Any<CancellationToken>()).Returns((PersonStatus?)null);

        Assert.Equal(
            [(CreateBlurringValidator.PatientIdField, "patientId is not a living person known to PersonInformation.")],
            await ErrorsAsync(Patient));
    }

    [Fact]
    public async Task A_dead_person_is_refused()
    {
        Status("90");

        Assert.Equal([CreateBlurringValidator.PatientIdField], (await ErrorsAsync(Patient)).Select(e => e.Field));
    }

    [Fact]
    public async Task A_PersonInformation_failure_names_the_dependency()
    {
        _persons.GetStatusAsync(Arg.Any<Cpr>(), Arg.Any<CancellationToken>()).Throws(new PersonInformationUnavailableException("down"));

        var failure = await Assert.ThrowsAsync<DependencyUnavailableException>(() => ErrorsAsync(Patient));

        Assert.Equal(("PersonInformation", "PersonInformation could not be asked about patientId."), (failure.Dependency, failure.Message));
    }

    [Fact]
    public void The_settings_are_required()
    {
        Assert.Throws<ArgumentNullException>(() => new CreateBlurringValidator(null!, _persons, new ManualTimeProvider(Now)));
    }
}
