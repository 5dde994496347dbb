namespace Nsp.Application.MinLog.Registration.AddRegistrations;

/// <summary>One link of a LogDataEntry's <c>Source</c> chain (SourceForEntryType), outermost first.</summary>
public sealed record LogDataEntrySource(string? CorrelationId, string? SystemName);
