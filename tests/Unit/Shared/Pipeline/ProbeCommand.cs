using FluentValidation;
using MediatR;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Tests.Unit.Shared.Pipeline;

/// <summary>A command defined only in the tests that opts in to every behaviour.</summary>
public sealed record ProbeCommand(string PatientCpr, string Name, bool FailInHandler = false)
    : IRequest<ProbeResult>, IAuditedRequest<ProbeResult>, IRequiresWhitelist, ITransactionalRequest, IMinLogged<ProbeResult>
{
    public NspService Service => NspService.Idsas;

    public string WhitelistRule => "PROBE";

    public string OperationName => "Probe";

    public void DescribeRequest(AuditRecord audit) =>
        audit.Component("PROBE").Context("probe").Add("patient-id", AuditInformationType.RPI, PatientCpr);

    public void DescribeResponse(AuditRecord audit, ProbeResult response) =>
        audit.Component("PROBE").Context("probe").Add("answer", AuditInformationType.NPI, response.Answer);

    public IEnumerable<MinLogAccess> DescribeAccess(ProbeResult response) => [new MinLogAccess(PatientCpr, "Opslag i probe")];
}

public sealed record ProbeResult(string Answer);

public sealed class ProbeCommandHandler(PipelineProbe probe) : IRequestHandler<ProbeCommand, ProbeResult>
{
    public Task<ProbeResult> Handle(ProbeCommand request, CancellationToken cancellationToken)
    {
        probe.Record("handler");
        if (request.FailInHandler)
        {
            throw new InvalidOperationException("handler failed");
        }

        return Task.FromResult(new ProbeResult("OK " + request.Name));
    }
}

public sealed class ProbeCommandValidator : AbstractValidator<ProbeCommand>
{
    public ProbeCommandValidator(PipelineProbe probe)
    {
        RuleFor(c => c.PatientCpr).Must(cpr =>
        {
            probe.Record("validation");
            return cpr.Length == 10 && cpr.All(char.IsAsciiDigit);
        }).WithMessage("must be 10 digits");
        RuleFor(c => c.Name).NotEmpty().WithMessage("is required");
    }
}

/// <summary>A plain query with no markers: no behaviour may touch it.</summary>
public sealed record PlainQuery(int Value) : IRequest<int>;

public sealed class PlainQueryHandler : IRequestHandler<PlainQuery, int>
{
    public Task<int> Handle(PlainQuery request, CancellationToken cancellationToken) => Task.FromResult(request.Value * 2);
}
