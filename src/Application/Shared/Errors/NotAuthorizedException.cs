namespace Nsp.Application.Shared.Errors;

/// <summary>The caller is not whitelisted or not an allowed system for the operation. Becomes the DGWS fault
/// <c>not_authorized</c>; the message says what the caller lacks and nothing about the request's fields.</summary>
public sealed class NotAuthorizedException : Exception
{
    public NotAuthorizedException(string message)
        : base(message)
    {
    }

    public NotAuthorizedException()
    {
    }

    public NotAuthorizedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
