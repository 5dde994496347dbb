namespace Nsp.Application.MinLog.Registration.AddRegistrations;

/// <summary>An entry that was not stored: <c>FailedLogDataEntries</c> {FaultCode, FaultText, SequenceNumber}.
/// <see cref="SequenceNumber"/> is the entry's own when it had a usable one; the text names the entry's position.</summary>
public sealed record FailedLogDataEntry(string FaultCode, string FaultText, string? SequenceNumber);
