using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Shared.MinLog;

/// <summary>A request whose successful handling must leave entries in the citizens' logs, written in the request's
/// transaction to its service's MinLog outbox.</summary>
public interface IMinLogged<in TResponse> : IServiceRequest
{
    IEnumerable<MinLogAccess> DescribeAccess(TResponse response);
}
