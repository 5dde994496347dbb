namespace Nsp.Domain.MinLog.Whitelisting;

/// <summary>A row of the seed's <c>whitelist_config(service_key, service_type, cvr, comment)</c> in MinLog's schema:
/// the CVR may use the service <see cref="ServiceKey"/> names (<c>minlogws</c>: lookup;
/// <c>dk.nsi.minlog.registration</c>: registration). Operators insert rows by hand; the key is all three columns.</summary>
public sealed class WhitelistConfigEntry
{
    public const int ServiceKeyMaxLength = 50;
    public const int ServiceTypeMaxLength = 20;
    public const int CvrLength = 8;
    public const int CommentMaxLength = 100;

    /// <summary>The seed's service key of the lookup service ("opslags service").</summary>
    public const string LookupServiceKey = "minlogws";

    /// <summary>The seed's service key of the registration service.</summary>
    public const string RegistrationServiceKey = "dk.nsi.minlog.registration";

    /// <summary>The seed's service type for rows that need no follow-up type (MinLog's are all of this type).</summary>
    public const string NoType = "NO_TYPE";

    private WhitelistConfigEntry(string serviceKey, string serviceType, string cvr, string? comment)
    {
        ServiceKey = serviceKey;
        ServiceType = serviceType;
        Cvr = cvr;
        Comment = comment;
    }

    public string ServiceKey { get; private set; }

    public string ServiceType { get; private set; }

    public string Cvr { get; private set; }

    /// <summary>The NSP Jira issue that asked for the row.</summary>
    public string? Comment { get; private set; }

    public static WhitelistConfigEntry Create(string serviceKey, string serviceType, string cvr, string? comment)
    {
        if (string.IsNullOrWhiteSpace(serviceKey) || serviceKey.Length > ServiceKeyMaxLength)
        {
            throw new ArgumentException($"service_key must be 1..{ServiceKeyMaxLength} characters.", nameof(serviceKey));
        }

        if (string.IsNullOrWhiteSpace(serviceType) || serviceType.Length > ServiceTypeMaxLength)
        {
            throw new ArgumentException($"service_type must be 1..{ServiceTypeMaxLength} characters.", nameof(serviceType));
        }

        if (cvr is null || cvr.Length != CvrLength || !cvr.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("cvr must be 8 digits.", nameof(cvr));
        }

        if (comment is not null && comment.Length > CommentMaxLength)
        {
            throw new ArgumentException($"comment must be at most {CommentMaxLength} characters.", nameof(comment));
        }

        return new WhitelistConfigEntry(serviceKey, serviceType, cvr, comment);
    }
}
