using Nsp.Application.Shared.Status;

namespace Nsp.Api.Shared.Status;

/// <summary>A job's <c>/status</c> page (IDSAS, CRK): 200 <c>Database: OK</c>, or 500 <c>Database: Unavailable</c>.
/// ODR's job pages put a space before the colon (<c>Database : OK</c>): pass <see cref="OdrSeparator"/>.</summary>
public static class JobStatusPage
{
    public const string DefaultSeparator = ": ";

    public const string OdrSeparator = " : ";

    public const string UnavailableText = "Unavailable";

    public static StatusPage Render(StatusCheckResult database, string separator = DefaultSeparator, string label = "Database")
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Healthy
            ? new StatusPage(StatusCodes.Status200OK, label + separator + StatusCheckResult.OkText)
            : new StatusPage(StatusCodes.Status500InternalServerError, label + separator + UnavailableText);
    }
}
