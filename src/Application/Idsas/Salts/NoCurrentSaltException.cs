namespace Nsp.Application.Idsas.Salts;

/// <summary>No salt has been created yet. Operations must call renew-salt first; the SOAP layer answers a
/// server-side <c>processing_problem</c> with this message (ADR 0020).</summary>
public sealed class NoCurrentSaltException : Exception
{
    public const string DefaultMessage =
        "No salt has been created yet: operations must call renew-salt (GET <serverurl>/idsas-operations/renew-salt).";

    public NoCurrentSaltException()
        : base(DefaultMessage)
    {
    }

    public NoCurrentSaltException(string message)
        : base(message)
    {
    }

    public NoCurrentSaltException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
