using MediatR;
using Nsp.Application.Odr.Access;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Odr.Registrations.DeleteOrganDonorRegistration;

/// <summary>DeleteOrganDonorRegistration: closes the citizen's active registration (the row stays as history until
/// the deceased job). <see cref="Admin"/> is set by the SOAP layer for calls to <c>/odr/odrAdmin</c>.</summary>
public sealed record DeleteOrganDonorRegistrationCommand(string? Id, string? AssigningAuthorityName, bool Admin = false)
    : IRequest<DeleteOrganDonorRegistrationResult>, IOdrRegistrationRequest, ITransactionalRequest,
      IAuditedRequest<DeleteOrganDonorRegistrationResult>, IMinLogged<DeleteOrganDonorRegistrationResult>
{
    /// <summary><c>id/@root</c> as sent (checked by the validator), set by the SOAP mapping.</summary>
    public string? Root { get; init; }

    public OdrOperation Operation => OdrOperation.DeleteOrganDonorRegistration;

    public string AuditContext => OdrAudit.DeleteContext;

    public void DescribeRequest(AuditRecord audit) => RegistrationAuditing.DescribeCpr(audit, AuditContext, Id);

    public IEnumerable<MinLogAccess> DescribeAccess(DeleteOrganDonorRegistrationResult response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.CalledByCitizen ? [] : [new MinLogAccess(Id!, OdrMinLogHandlings.Delete)];
    }
}
