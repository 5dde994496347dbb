using System.Globalization;
using MediatR;
using Nsp.Application.Shared.MinLog;
using Nsp.Application.Shared.Security;

namespace Nsp.Application.MinLog.Registration.AddRegistrations;

/// <summary>Judges each entry, stores the accepted ones in one go and lists the others. An entry without a
/// SequenceNumber gets a deterministic one (a UUIDv5 of the call's MessageID, its position and its content), so a
/// retried call stores it once, as one with a SequenceNumber is.</summary>
public sealed class AddRegistrationsHandler(IMinLogEntryStore store, ISecurityContextAccessor securityContext)
    : IRequestHandler<AddRegistrationsCommand, AddRegistrationsResult>
{
    // Our own namespace for generated SequenceNumbers.
    private static readonly Guid SequenceNamespace = new("2f0b8a63-5b8e-5c1e-8d0a-6a1f7e3c9b24");

    public async Task<AddRegistrationsResult> Handle(AddRegistrationsCommand request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = securityContext.Current.SoapHeaders;
        string callId = headers.MessageId ?? headers.WsaMessageId ?? Guid.NewGuid().ToString();
        var failed = new List<FailedLogDataEntry>();
        var accepted = new List<MinLogEntry>(request.Entries.Count);
        for (int i = 0; i < request.Entries.Count; i++)
        {
            var entry = request.Entries[i];
            var verdict = LogDataEntryRules.Judge(entry);
            if (!verdict.Accepted)
            {
                failed.Add(new FailedLogDataEntry(
                    verdict.FaultCode!,
                    string.Create(CultureInfo.InvariantCulture, $"LogDataEntry {i + 1}: {verdict.FaultText}"),
                    entry.SequenceNumber is { Length: > 0 and <= LogDataEntryRules.SequenceNumberMaxLength } sequence ? sequence : null));
                continue;
            }

            accepted.Add(new MinLogEntry(
                entry.SequenceNumber ?? GeneratedSequenceNumber(callId, i, entry, verdict.TidspunktUtc),
                entry.PersonIdentifier!,
                entry.UserPersonIdentifier,
                entry.OnBehalfOfPersonIdentifier,
                entry.OrganisationId,
                entry.OrganisationName,
                entry.SystemName,
                entry.Activity!,
                entry.CorrelationId,
                verdict.TidspunktUtc) { Details = verdict.Details });
        }

        if (accepted.Count > 0)
        {
            await store.StoreAsync(accepted, cancellationToken);
        }

        return new AddRegistrationsResult(failed, accepted.Count);
    }

    private static string GeneratedSequenceNumber(string callId, int position, LogDataEntryMessage entry, DateTime tidspunkt)
    {
        string name = string.Join(
            "\n",
            callId,
            position.ToString(CultureInfo.InvariantCulture),
            entry.PersonIdentifier,
            entry.UserPersonIdentifier,
            entry.SystemName,
            entry.Activity,
            tidspunkt.ToString("O", CultureInfo.InvariantCulture));
        return RegKode.UuidV5(SequenceNamespace, name).ToString();
    }
}
