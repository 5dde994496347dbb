using MediatR;
using Nsp.Application.Shared;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Tests.Integration.Shared.Pipeline;

/// <summary>A test-only command that opts in to whitelisting, validation, the unit of work and MinLog: its handler
/// writes a note about a citizen, and the citizen's log must show the access.</summary>
public sealed record RecordNoteCommand(string PatientCpr, string Text, bool FailInHandler = false, bool FailAfterMinLog = false)
    : IRequest<RecordNoteResult>, IRequiresWhitelist, ITransactionalRequest, IMinLogged<RecordNoteResult>
{
    public const string Handling = "Notat om borgeren oprettet";

    public NspService Service => NspService.Odr;

    public string WhitelistRule => "NOTES";

    public string OperationName => "RecordNote";

    public IEnumerable<MinLogAccess> DescribeAccess(RecordNoteResult response) => [new MinLogAccess(PatientCpr, Handling)];
}
