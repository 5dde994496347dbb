namespace Nsp.Api.Shared.Security;

/// <summary>
/// A bounded LRU cache of verified cards by <see cref="IdCardCacheKey"/>. An entry lives until its card's
/// NotOnOrAfter (plus the clock skew): when full, expired entries go first, then the least recently used. A card
/// found expired is still returned, so the caller refuses it as expired without verifying it again.
/// </summary>
public sealed class VerifiedIdCardCache
{
    private readonly Dictionary<IdCardCacheKey, LinkedListNode<Entry>> _entries;
    private readonly LinkedList<Entry> _recency = new();
    private readonly Lock _lock = new();

    public VerifiedIdCardCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _entries = new Dictionary<IdCardCacheKey, LinkedListNode<Entry>>(Math.Min(capacity, 1024));
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public bool TryGet(IdCardCacheKey key, out IdCard card)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                // Move to the front without allocating a new node.
                _recency.Remove(node);
                _recency.AddFirst(node);
                card = node.Value.Card;
                return true;
            }
        }

        card = null!;
        return false;
    }

    /// <param name="expiresAt">When the entry may go: the card's NotOnOrAfter plus the clock skew.</param>
    /// <param name="now">The current time, to drop expired entries when the cache is full.</param>
    public void Add(IdCardCacheKey key, IdCard card, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var existing))
            {
                _recency.Remove(existing);
                _entries.Remove(key);
            }

            if (_entries.Count >= Capacity)
            {
                RemoveExpired(now);
            }

            while (_entries.Count >= Capacity && _recency.Last is { } oldest)
            {
                _recency.RemoveLast();
                _entries.Remove(oldest.Value.Key);
            }

            _entries[key] = _recency.AddFirst(new Entry(key, card, expiresAt));
        }
    }

    public void Remove(IdCardCacheKey key)
    {
        lock (_lock)
        {
            if (_entries.Remove(key, out var node))
            {
                _recency.Remove(node);
            }
        }
    }

    private void RemoveExpired(DateTimeOffset now)
    {
        for (var node = _recency.Last; node is not null;)
        {
            var previous = node.Previous;
            if (node.Value.ExpiresAt <= now)
            {
                _recency.Remove(node);
                _entries.Remove(node.Value.Key);
            }

            node = previous;
        }
    }

    private sealed record Entry(IdCardCacheKey Key, IdCard Card, DateTimeOffset ExpiresAt);
}
