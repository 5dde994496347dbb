namespace Nsp.Domain.Crk;

/// <summary>One action of an external endpoint definition (a DKS document's <c>action</c>).</summary>
/// <param name="Name">The action URI the DCC matches (the SOAPAction).</param>
/// <param name="Model">Always <see cref="EndpointAction.SynchronousTimeout"/> today.</param>
/// <param name="Timeout">Milliseconds the DCC waits.</param>
/// <param name="UseProxy">May the DCC go through the SOSI gateway.</param>
/// <param name="IdCardMaxAge">Minutes an ID card may be old (the seed: optional).</param>
public sealed record DksActionDefinition(string Name, string Model, long Timeout, bool UseProxy, int? IdCardMaxAge);
