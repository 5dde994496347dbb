using MediatR;
using Nsp.Application.Odr.Access;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.MinLog;

namespace Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;

/// <summary>GetOrganDonorRegistration: the citizen's active registration, or none (not a fault). Citizens may not
/// call it, so every successful call writes a MinLog entry.</summary>
public sealed record GetOrganDonorRegistrationQuery(string? Id, string? AssigningAuthorityName, bool Admin = false)
    : IRequest<GetOrganDonorRegistrationResult>, IOdrRegistrationRequest,
      IAuditedRequest<GetOrganDonorRegistrationResult>, IMinLogged<GetOrganDonorRegistrationResult>
{
    /// <summary><c>id/@root</c> as sent (checked by the validator), set by the SOAP mapping.</summary>
    public string? Root { get; init; }

    public OdrOperation Operation => OdrOperation.GetOrganDonorRegistration;

    public string AuditContext => OdrAudit.GetContext;

    public void DescribeRequest(AuditRecord audit) => RegistrationAuditing.DescribeCpr(audit, AuditContext, Id);

    /// <summary>The permission type and organs read, when a registration was found.</summary>
    public void DescribeResponse(AuditRecord audit, GetOrganDonorRegistrationResult response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.Registration is { } found)
        {
            RegistrationAuditing.DescribeContent(audit, AuditContext, Domain.Odr.PermissionTypes.ToContractText(found.PermissionType), found.Organs);
        }
    }

    public IEnumerable<MinLogAccess> DescribeAccess(GetOrganDonorRegistrationResult response) =>
        [new MinLogAccess(Id!, OdrMinLogHandlings.Get)];
}
