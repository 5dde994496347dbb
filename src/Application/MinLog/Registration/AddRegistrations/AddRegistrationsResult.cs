namespace Nsp.Application.MinLog.Registration.AddRegistrations;

/// <summary><c>RegistrationResponse</c>: the failed entries, then how many were added (a repeated SequenceNumber
/// counts as added) and how many failed.</summary>
public sealed record AddRegistrationsResult(IReadOnlyList<FailedLogDataEntry> Failed, int NumberAdded)
{
    public int NumberFailed => Failed.Count;
}
