namespace Nsp.Application.Crk.Admin;

/// <summary>An admin call names an action or override row that does not exist; nothing changed.</summary>
public sealed class CrkNotFoundException : Exception
{
    public CrkNotFoundException()
    {
    }

    public CrkNotFoundException(string message)
        : base(message)
    {
    }

    public CrkNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
