namespace Nsp.Application.Odr.Operations.Notification;

/// <summary>The four templates (the seed's keys spell "descided"): a person with an active registration has decided.</summary>
public sealed record NotificationTemplates(string DigitalUndecided, string DigitalDecided, string PhysicalUndecided, string PhysicalDecided)
{
    public static readonly NotificationTemplates Seed = new(
        "ODR/20250911/digital/18aarIkkeTagetStilling",
        "ODR/20250911/digital/18aarHarTagetStilling",
        "ODR/20250911/physical/18aarIkkeTagetStilling",
        "ODR/20250911/physical/18aarHarTagetStilling");

    /// <summary>The digital and the physical template of one letter.</summary>
    public (string Digital, string Physical) For(bool decided) =>
        decided ? (DigitalDecided, PhysicalDecided) : (DigitalUndecided, PhysicalUndecided);
}
