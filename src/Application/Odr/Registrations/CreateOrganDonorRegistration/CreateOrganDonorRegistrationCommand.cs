using MediatR;
using Nsp.Application.Odr.Access;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Pipeline;
using Nsp.Domain.Odr.Registrations;

namespace Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;

/// <summary>CreateOrganDonorRegistration: a new active registration for a citizen who has none (whole registration sent). <see cref="Admin"/> is set by the SOAP
/// layer for calls to <c>/odr/odrAdmin</c>.</summary>
public sealed record CreateOrganDonorRegistrationCommand(
    string? Id,
    string? AssigningAuthorityName,
    string? PermissionType,
    OrganPermissions? Organs,
    bool? RequiresRelativeAcceptance,
    bool Admin = false)
    : IRequest<CreateOrganDonorRegistrationResult>, IOdrRegistrationRequest, ITransactionalRequest,
      IAuditedRequest<CreateOrganDonorRegistrationResult>, IMinLogged<CreateOrganDonorRegistrationResult>
{
    /// <summary><c>id/@root</c> as sent (checked by the validator), set by the SOAP mapping.</summary>
    public string? Root { get; init; }

    public OdrOperation Operation => OdrOperation.CreateOrganDonorRegistration;

    public string AuditContext => OdrAudit.CreateContext;

    public void DescribeRequest(AuditRecord audit)
    {
        RegistrationAuditing.DescribeCpr(audit, AuditContext, Id);
        RegistrationAuditing.DescribeContent(audit, AuditContext, PermissionType, Organs);
    }

    public IEnumerable<MinLogAccess> DescribeAccess(CreateOrganDonorRegistrationResult response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.CalledByCitizen ? [] : [new MinLogAccess(Id!, OdrMinLogHandlings.Create)];
    }
}
