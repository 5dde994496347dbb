using System.Globalization;

namespace Nsp.Api.Odr.Operations;

/// <summary>The seed's alarm and status texts of the operations part (DESIGN 5.2).</summary>
public static class OdrOperationsTexts
{
    public const string PersonInformationFailing = "Person Information servicen har fejlet flere gange end tilladt i en given periode.";
    public const string DigitalPostFailing = "Digital Post Adapter servicen har fejlet flere gange end tilladt i en given periode.";
    public const string NewestCompletedKey = "Nyeste færdigbehandlede dato";
    public const string NoDate = "Ingen";
    public const string CountKeyPrefix = "Antal i NotificationPerson med status ";

    /// <summary>Our datasource name where the seed names its JNDI datasource.</summary>
    public const string DatasourceName = "odr";

    public static string JobFailed(string? error) =>
        $"Baggrundsjobbet StackedOperationsService fejlede sidst det blev kørt. Problemet var: {(error ?? "ukendt fejl").TrimEnd().TrimEnd('.')}.";

    public static string NoDatabase(string datasource) => $"Der er ingen forbindelse til databasen med JNDI navnet {datasource}";

    public static string DateNotCompleted(DateOnly date, int days) =>
        string.Create(CultureInfo.InvariantCulture, $"Der er ikke færdigbehandlet en dato den: {Date(date)}. Den er ældre end {days} dage gammel.");

    public static string Lingering(int count, DateOnly date, string status) =>
        string.Create(CultureInfo.InvariantCulture, $"Der ligger {count} notifikationer fra den {Date(date)} med status {status}.");

    public static string TotalErrors(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"Der ligger totalt {count} notifikationer med status Error.");

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
