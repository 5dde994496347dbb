namespace Nsp.Domain.Odr.Registrations;

/// <summary>A broken registration rule and the contract field it concerns.</summary>
public sealed record RegistrationRuleViolation(string Field, string Message);
