using MediatR;
using Nsp.Domain.Crk;

namespace Nsp.Application.Crk.Dcc;

/// <summary><c>GET /crk/dcc?node=&lt;node&gt;</c>: the DCC configuration of a node (none: only the overrides without a
/// node apply).</summary>
public sealed record GetDccConfigurationQuery(string? Node) : IRequest<IReadOnlyList<DccEndpointView>>, ICrkRequest;
