namespace Nsp.Domain.Crk;

/// <summary>An action as one DCC node sees it, overrides applied.</summary>
public sealed record DccAction(string Name, string Model, long Timeout, bool UseProxy, int? IdCardMaxAge);
