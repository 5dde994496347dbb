namespace Nsp.Application.Shared.Pipeline;

/// <summary>A request whose changes must commit together or not at all, in its service's database.</summary>
public interface ITransactionalRequest : IServiceRequest
{
}
