namespace Nsp.Application.Odr.Registrations;

/// <summary>How many rows deleting a CPR's data removed.</summary>
public sealed record DeletedCprData(int Registrations, int Notifications)
{
    public int Total => Registrations + Notifications;
}
