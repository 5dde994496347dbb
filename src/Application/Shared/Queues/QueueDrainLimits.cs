namespace Nsp.Application.Shared.Queues;

/// <summary>How long one drain may take, how many messages it may take, and how long an empty poll waits.</summary>
public sealed record QueueDrainLimits(int MaxMessages, TimeSpan MaxDuration, TimeSpan PollTimeout);
