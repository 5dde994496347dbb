namespace Nsp.Application.Odr.Operations;

/// <summary>The operations' jobs, named as the seed names them; the names key their leases, states and cursors.</summary>
public static class OdrJobNames
{
    public const string DeceasedCleanup = "OrganDonorDeceasedCleanup";
    public const string EmigratedCleanup = "OrganDonorEmigratedCleanup";
    public const string Notification = "OrganDonorNotification";
}
