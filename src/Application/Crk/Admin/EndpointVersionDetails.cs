using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Admin;

/// <summary>A version with its actions, as the admin surface lists them.</summary>
public sealed record EndpointVersionDetails(EndpointVersion Version, IReadOnlyList<EndpointAction> Actions);
