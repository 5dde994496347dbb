namespace Nsp.Infrastructure.Shared.Persistence;

/// <summary>A row of <c>queue_message</c>: one message of the DATABASE queue, consumed in id order per topic.</summary>
public sealed class QueueMessageRecord
{
    public long Id { get; set; }

    public required string Topic { get; set; }

    public required string MessageKey { get; set; }

    public required string Payload { get; set; }

    /// <summary>The headers as a JSON object of strings.</summary>
    public required string Headers { get; set; }

    public DateTime Created { get; set; }
}
