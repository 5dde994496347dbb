namespace Nsp.Application.MinLog.Lookup;

/// <summary>A request about one citizen's log, checked by <see cref="MinLogLookupAccessBehavior{TRequest,TResponse}"/>:
/// a citizen may ask about their own CPR only, a system only when its CVR is whitelisted under <c>minlogws</c>.</summary>
public interface IMinLogLookupRequest : IMinLogRequest
{
    /// <summary>The citizen asked about, as sent.</summary>
    string? CprNr { get; }
}
