namespace Nsp.Application.Shared.Pipeline;

/// <summary>A request that only listed callers may make. <see cref="WhitelistRule"/> names the list the service's
/// <see cref="IWhitelistAuthority"/> checks (e.g. <c>BLURRING</c>, or an allowed-system list).</summary>
public interface IRequiresWhitelist : IServiceRequest
{
    string WhitelistRule { get; }

    /// <summary>The operation's name, for the refusal message.</summary>
    string OperationName { get; }
}
