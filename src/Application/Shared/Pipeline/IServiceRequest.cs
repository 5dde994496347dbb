namespace Nsp.Application.Shared.Pipeline;

/// <summary>A request that belongs to one service, so the behaviours know whose database, whitelist and MinLog
/// outbox to use. Each service declares a marker interface that supplies this by default.</summary>
public interface IServiceRequest
{
    NspService Service { get; }
}
