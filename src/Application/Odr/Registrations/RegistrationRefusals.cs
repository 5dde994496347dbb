using Nsp.Application.Shared.Errors;

namespace Nsp.Application.Odr.Registrations;

/// <summary>The state refusals of the registration messages, as validation failures naming <c>id</c> (the SOAP
/// layer answers them with <c>processing_problem</c>, ADR 0030).</summary>
public static class RegistrationRefusals
{
    public static RequestValidationException AlreadyActive() => new(
        OdrIdValidation.IdField, "The citizen already has an active organ donor registration; use UpdateOrganDonorRegistration.");

    public static RequestValidationException NoneActive() => new(
        OdrIdValidation.IdField, "The citizen has no active organ donor registration.");
}
