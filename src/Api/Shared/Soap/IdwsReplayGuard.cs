using System.Globalization;
using Nsp.Domain.Shared.Time;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Soap;

/// <summary>
/// Refuses a replayed IDWS message: its signed <c>wsu:Timestamp</c> must be created within
/// <see cref="MaxMessageAge"/> (<c>nsp.idws.max.message.age</c>), and a token's <c>wsa:MessageID</c> is accepted once
/// while such a message could still pass that check. The remembered ids are bounded
/// (<c>nsp.idws.replay.cache.size</c>): when the cache is full of ids that may still be replayed, a new message is
/// refused with a Server fault to retry, rather than forgetting an id and opening a replay window. Thread-safe.
/// </summary>
public sealed class IdwsReplayGuard
{
    public const string MaxMessageAgeKey = "nsp.idws.max.message.age";
    public const string CacheSizeKey = "nsp.idws.replay.cache.size";
    public static readonly TimeSpan DefaultMaxMessageAge = TimeSpan.FromMinutes(5);
    public const int DefaultCacheSize = 100_000;

    private readonly Dictionary<(string Token, string MessageId), DateTimeOffset> _seen = [];

    // Forget times grow with the time of acceptance, so the oldest entry is always first.
    private readonly Queue<(string Token, string MessageId, DateTimeOffset ForgetAt)> _order = new();
    private readonly Lock _lock = new();

    public IdwsReplayGuard(TimeSpan maxMessageAge, int cacheSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxMessageAge, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(cacheSize, 1);
        MaxMessageAge = maxMessageAge;
        CacheSize = cacheSize;
    }

    public TimeSpan MaxMessageAge { get; }

    public int CacheSize { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _seen.Count;
            }
        }
    }

    /// <exception cref="InvalidPropertyException">An age that is not a positive duration, or a size below 1.</exception>
    public static IdwsReplayGuard From(IConfiguration configuration)
    {
        var root = PropertySection.Root(configuration);
        TimeSpan age = root.GetDuration(MaxMessageAgeKey, DefaultMaxMessageAge);
        if (age <= TimeSpan.Zero)
        {
            throw root.InvalidProperty(MaxMessageAgeKey, IsoDuration.Format(age), "a positive duration, such as PT5M");
        }

        int size = root.GetInt(CacheSizeKey, DefaultCacheSize);
        return size >= 1
            ? new IdwsReplayGuard(age, size)
            : throw root.InvalidProperty(CacheSizeKey, size.ToString(CultureInfo.InvariantCulture), "a whole number of at least 1");
    }

    /// <summary>Checks the message's age, then remembers its id for the token.</summary>
    /// <param name="token">The token's own id (its assertion ID): ids are unique per sender, not across senders.</param>
    /// <param name="created">The signed Timestamp's <c>wsu:Created</c>.</param>
    /// <exception cref="SoapFaultException">Too old, a repeat, or no room to remember it.</exception>
    public void Admit(string token, string messageId, DateTimeOffset created, DateTimeOffset now, TimeSpan clockSkew)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(messageId);
        if (now - created > MaxMessageAge + clockSkew)
        {
            throw new SoapFaultException(
                SoapFaultCodes.SecurityLevelFailed,
                $"The message's wsu:Timestamp was created more than {IsoDuration.Format(MaxMessageAge)} ago; send a new message.");
        }

        // A message accepted now carries a Created no later than now + skew, so after now + age + 2 skew its own age
        // check refuses it and its id need not be remembered.
        DateTimeOffset forgetAt = now + MaxMessageAge + clockSkew + clockSkew;
        lock (_lock)
        {
            while (_order.TryPeek(out var oldest) && oldest.ForgetAt <= now)
            {
                _order.Dequeue();
                _seen.Remove((oldest.Token, oldest.MessageId));
            }

            if (_seen.ContainsKey((token, messageId)))
            {
                throw new SoapFaultException(
                    SoapFaultCodes.SecurityLevelFailed, "This wsa:MessageID has already been received with this token: a message is accepted once.");
            }

            if (_seen.Count >= CacheSize)
            {
                throw new SoapFaultException(
                    SoapFaultCodes.ProcessingProblem,
                    "The service is receiving more IDWS messages than it can check for replays right now; retry shortly.",
                    senderFault: false);
            }

            _seen.Add((token, messageId), forgetAt);
            _order.Enqueue((token, messageId, forgetAt));
        }
    }
}
