namespace Nsp.Infrastructure.MinLog.Registration.Remote;

/// <summary>MinLog's registration could not be reached, answered a fault, or did not store every entry. The transfer
/// job keeps its outbox rows and records the error; the message names neither URLs nor CPR numbers.</summary>
public sealed class MinLogRegistrationRefusedException : Exception
{
    public MinLogRegistrationRefusedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public MinLogRegistrationRefusedException()
    {
    }

    public MinLogRegistrationRefusedException(string message)
        : base(message)
    {
    }
}
