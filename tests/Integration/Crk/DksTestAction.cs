namespace Nsp.Tests.Integration.Crk;

public sealed record DksTestAction(string Name, long Timeout = 30000, bool UseProxy = true, int? IdCardMaxAge = 1440);
