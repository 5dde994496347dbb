using MediatR;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Tests.Integration.Shared.Audit;

/// <summary>A test-only command that is audited and whitelisted.</summary>
public sealed record EchoCommand(string PatientId) : IRequest<string>, IAuditedRequest<string>, IRequiresWhitelist
{
    public NspService Service => NspService.Idsas;

    public string WhitelistRule => "ECHO";

    public string OperationName => "Echo";

    public void DescribeRequest(AuditRecord audit) =>
        audit.Component("ECHO").Context("echo").Add("patient-id", AuditInformationType.RPI, PatientId);

    public void DescribeResponse(AuditRecord audit, string response) =>
        audit.Component("ECHO").Context("echo").Add("answer", AuditInformationType.NPI, response);
}

public sealed class EchoCommandHandler(TimeProvider time) : IRequestHandler<EchoCommand, string>
{
    public Task<string> Handle(EchoCommand request, CancellationToken cancellationToken)
    {
        // Work takes 40 ms on the test's clock.
        (time as ManualTimeProvider)?.Advance(TimeSpan.FromMilliseconds(40));
        return Task.FromResult("echo " + request.PatientId);
    }
}
