using Nsp.Domain.MinLog.Registration;

namespace Nsp.Application.MinLog.Registration.AddRegistrations;

/// <summary>How <see cref="LogDataEntryRules"/> judged one entry: failed with a code and text, or accepted with its
/// instant (UTC) and the MinLog2 details the store keeps.</summary>
public sealed record LogDataEntryVerdict
{
    private LogDataEntryVerdict()
    {
    }

    public string? FaultCode { get; private init; }

    public string? FaultText { get; private init; }

    public DateTime TidspunktUtc { get; private init; }

    public LogEntryDetails Details { get; private init; } = LogEntryDetails.None;

    public bool Accepted => FaultCode is null;

    public static LogDataEntryVerdict Failed(string faultCode, string faultText) => new() { FaultCode = faultCode, FaultText = faultText };

    public static LogDataEntryVerdict Accept(DateTime tidspunktUtc, LogEntryDetails details) => new() { TidspunktUtc = tidspunktUtc, Details = details };
}
