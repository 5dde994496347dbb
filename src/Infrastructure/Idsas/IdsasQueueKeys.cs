namespace Nsp.Infrastructure.Idsas;

/// <summary>Keys of IDSAS's queue clients: registration's producer and operations' consumer have their own files'
/// settings, so they are keyed by part rather than shared.</summary>
public static class IdsasQueueKeys
{
    public const string RegistrationProducer = "idsas-registration";
    public const string OperationsConsumer = "idsas-operations";
}
