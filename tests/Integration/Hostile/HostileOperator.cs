namespace Nsp.Tests.Integration.Hostile;

/// <summary>One kind of mutation in the generator's catalogue. <paramref name="Apply"/> changes the case being built and
/// returns the variant it chose (printed with a failing case).</summary>
public sealed record HostileOperator(string Name, HostileStage Stage, Func<HostileMutation, Random, string> Apply);
