namespace Nsp.Api.Crk;

/// <summary>An admin request body CRK cannot read; answered 400 with the reason, nothing changed.</summary>
public sealed class CrkAdminRequestException : Exception
{
    public CrkAdminRequestException()
    {
    }

    public CrkAdminRequestException(string message)
        : base(message)
    {
    }

    public CrkAdminRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
