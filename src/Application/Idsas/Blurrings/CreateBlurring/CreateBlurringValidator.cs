using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Application.Idsas.Blurrings.CreateBlurring;

/// <summary>CPR valid (DESIGN 4.9), known and alive per PersonInformation; end date in the future and at most
/// <c>idsas.blurring.expiry.max.days</c> ahead. PersonInformation is asked only about a well-formed CPR; its failure
/// is a <see cref="DependencyUnavailableException"/>, not a validation error.</summary>
public sealed class CreateBlurringValidator : AbstractValidator<CreateBlurringCommand>
{
    public const string PatientIdField = "patientId";
    public const string EndDateTimeField = "endDateTime";

    public CreateBlurringValidator(
        IdsasRegistrationSettings settings,
        [FromKeyedServices(IdsasParts.RegistrationPersonInformation)] IPersonInformationClient persons,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        RuleFor(c => c.PatientId)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("patientId is required.")
            .Must(id => Cpr.TryParse(id, out _) && id!.Length == 10)
            .WithMessage("patientId must be a CPR number: 10 digits without hyphen, the first six a valid date.")
            .MustAsync(async (id, ct) => await IsKnownAndAliveAsync(persons, id!, ct))
            .WithMessage("patientId is not a living person known to PersonInformation.")
            .OverridePropertyName(PatientIdField);

        RuleFor(c => c.EndDateTime)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("endDateTime is required.")
            .Must(end => end!.Value > time.GetUtcNow()).WithMessage("endDateTime must be in the future.")
            .Must(end => end!.Value.UtcDateTime <= settings.MaxExpiry.AddTo(time.GetUtcNow().UtcDateTime))
            .WithMessage($"endDateTime must be at most {settings.MaxExpiry} ahead (idsas.blurring.expiry.max.days).")
            .OverridePropertyName(EndDateTimeField);
    }

    private static async Task<bool> IsKnownAndAliveAsync(IPersonInformationClient persons, string patientId, CancellationToken cancellationToken)
    {
        try
        {
            var status = await persons.GetStatusAsync(Cpr.Parse(patientId), cancellationToken);
            return status is not null && !status.Status.IsDead;
        }
        catch (PersonInformationUnavailableException exception)
        {
            throw new DependencyUnavailableException("PersonInformation", "PersonInformation could not be asked about patientId.", exception);
        }
    }
}
