using MediatR;
using Nsp.Application.Odr.Access;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.MinLog;

namespace Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;

/// <summary>HasOrganDonorRegistration: whether the citizen has an active registration.</summary>
public sealed record HasOrganDonorRegistrationQuery(string? Id, string? AssigningAuthorityName, bool Admin = false)
    : IRequest<HasOrganDonorRegistrationResult>, IOdrRegistrationRequest,
      IAuditedRequest<HasOrganDonorRegistrationResult>, IMinLogged<HasOrganDonorRegistrationResult>
{
    /// <summary><c>id/@root</c> as sent (checked by the validator), set by the SOAP mapping.</summary>
    public string? Root { get; init; }

    public OdrOperation Operation => OdrOperation.HasOrganDonorRegistration;

    public string AuditContext => OdrAudit.HasContext;

    public void DescribeRequest(AuditRecord audit) => RegistrationAuditing.DescribeCpr(audit, AuditContext, Id);

    public void DescribeResponse(AuditRecord audit, HasOrganDonorRegistrationResult response)
    {
        ArgumentNullException.ThrowIfNull(response);
        RegistrationAuditing.Context(audit, AuditContext)
            .Set(OdrAudit.RegistrationExists, AuditInformationType.SPI, response.RegistrationExists ? "true" : "false");
    }

    public IEnumerable<MinLogAccess> DescribeAccess(HasOrganDonorRegistrationResult response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.CalledByCitizen ? [] : [new MinLogAccess(Id!, OdrMinLogHandlings.Has)];
    }
}
