namespace Nsp.Application.Shared.MinLog;

/// <summary>One access to a citizen's data that the citizen's log must show, as a request describes it. The
/// MinLog behaviour adds who, where and when from the call's security context.</summary>
/// <param name="CitizenCpr">The citizen whose data was accessed or tried.</param>
/// <param name="Handling">The action in words a citizen understands (max 75 characters).</param>
/// <param name="ActingForCpr">CPR of the professional or citizen acted for (<c>ansvarlig</c>), when not the caller.</param>
public sealed record MinLogAccess(string CitizenCpr, string Handling, string? ActingForCpr = null);
