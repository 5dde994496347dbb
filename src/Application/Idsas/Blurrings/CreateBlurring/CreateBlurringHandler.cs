using MediatR;
using Nsp.Application.Idsas.Blurrings.Persisting;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Shared.Security;
using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Application.Idsas.Blurrings.CreateBlurring;

/// <summary>Builds the blurring for the caller's CVR (whitelisted by the pipeline) and hands it to the configured writer.</summary>
public sealed class CreateBlurringHandler(
    IBlurringWriter writer,
    IdsasRegistrationSettings settings,
    ISecurityContextAccessor securityContext,
    TimeProvider time) : IRequestHandler<CreateBlurringCommand, CreateBlurringResult>
{
    public async Task<CreateBlurringResult> Handle(CreateBlurringCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cvr = securityContext.Current.Cvr
            ?? throw new InvalidOperationException("The whitelist behaviour lets no caller without a CVR through.");
        var patientId = request.PatientId!;
        var hash = settings.PatientIdSalt?.Hash(patientId);
        var blurring = Blurring.Create(patientId, hash, cvr, request.EndDateTime!.Value.UtcDateTime, time.GetUtcNow().UtcDateTime);
        await writer.WriteAsync(blurring, cancellationToken);
        return new CreateBlurringResult(blurring.PatientId, blurring.Cvr, blurring.EndDate, blurring.PatientIdHashed);
    }
}
