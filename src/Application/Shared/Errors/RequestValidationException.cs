namespace Nsp.Application.Shared.Errors;

/// <summary>The request broke one or more rules. <see cref="Errors"/> groups the messages by field, so the SOAP
/// layer can answer one fault that names every field.</summary>
public sealed class RequestValidationException : Exception
{
    public RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public RequestValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    public RequestValidationException()
        : this(new Dictionary<string, string[]>())
    {
    }

    public RequestValidationException(string message)
        : base(message)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public RequestValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = new Dictionary<string, string[]>();
    }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    private static string Describe(IReadOnlyDictionary<string, string[]> errors) =>
        errors.Count == 0
            ? "The request is invalid."
            : string.Join(" ", errors.OrderBy(e => e.Key, StringComparer.Ordinal)
                .SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
}
