using MediatR;
using Nsp.Application.Odr.Access;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Pipeline;
using Nsp.Domain.Odr.Registrations;

namespace Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;

/// <summary>UpdateOrganDonorRegistration: closes the citizen's active registration (validto = now) and adds the sent one. <see cref="Admin"/> is set by the SOAP
/// layer for calls to <c>/odr/odrAdmin</c>.</summary>
public sealed record UpdateOrganDonorRegistrationCommand(
    string? Id,
    string? AssigningAuthorityName,
    string? PermissionType,
    OrganPermissions? Organs,
    bool? RequiresRelativeAcceptance,
    bool Admin = false)
    : IRequest<UpdateOrganDonorRegistrationResult>, IOdrRegistrationRequest, ITransactionalRequest,
      IAuditedRequest<UpdateOrganDonorRegistrationResult>, IMinLogged<UpdateOrganDonorRegistrationResult>
{
    /// <summary><c>id/@root</c> as sent (checked by the validator), set by the SOAP mapping.</summary>
    public string? Root { get; init; }

    public OdrOperation Operation => OdrOperation.UpdateOrganDonorRegistration;

    public string AuditContext => OdrAudit.UpdateContext;

    public void DescribeRequest(AuditRecord audit)
    {
        RegistrationAuditing.DescribeCpr(audit, AuditContext, Id);
        RegistrationAuditing.DescribeContent(audit, AuditContext, PermissionType, Organs);
    }

    public IEnumerable<MinLogAccess> DescribeAccess(UpdateOrganDonorRegistrationResult response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.CalledByCitizen ? [] : [new MinLogAccess(Id!, OdrMinLogHandlings.Update)];
    }
}
