namespace Nsp.Domain.Crk;

/// <summary>An external endpoint definition CRK cannot take; nothing is changed. The message is the reason, as the
/// job state and <c>/crk/alarm</c> show it.</summary>
public sealed class CrkDefinitionException : Exception
{
    public CrkDefinitionException()
    {
    }

    public CrkDefinitionException(string message)
        : base(message)
    {
    }

    public CrkDefinitionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
