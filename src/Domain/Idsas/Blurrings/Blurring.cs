namespace Nsp.Domain.Idsas.Blurrings;

/// <summary>An organisation (CVR) blurs its staff's identities towards one citizen (patient id, a CPR) until
/// <see cref="EndDate"/>. One per (patient, CVR): a new registration replaces the old in the store's upsert, and the
/// latest wins even when it ends sooner.</summary>
public sealed class Blurring
{
    public const int PatientIdLength = 10;
    public const int CvrLength = 8;

    private Blurring(string patientId, string? patientIdHashed, string cvr, DateTime endDate, DateTime created)
    {
        PatientId = patientId;
        PatientIdHashed = patientIdHashed;
        Cvr = cvr;
        EndDate = endDate;
        Created = created;
        Updated = created;
    }

    public long Id { get; private set; }

    public string PatientId { get; private set; }

    public string? PatientIdHashed { get; private set; }

    public string Cvr { get; private set; }

    /// <summary>When the blurring ends (UTC); active while now &lt; end.</summary>
    public DateTime EndDate { get; private set; }

    public DateTime Created { get; private set; }

    public DateTime Updated { get; private set; }

    /// <param name="patientId">A CPR without hyphen (10 digits).</param>
    /// <param name="hash">Null when the registration has no patient-id salt.</param>
    public static Blurring Create(string patientId, PatientIdHash? hash, string cvr, DateTime endDateUtc, DateTime nowUtc)
    {
        if (patientId is null || patientId.Length != PatientIdLength || !patientId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A patient id is a CPR of 10 digits.", nameof(patientId));
        }

        if (cvr is null || cvr.Length != CvrLength || !cvr.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A blurring's organisation is a CVR of 8 digits.", nameof(cvr));
        }

        RequireUtc(endDateUtc, nameof(endDateUtc));
        RequireUtc(nowUtc, nameof(nowUtc));
        return new Blurring(patientId, hash?.Value, cvr, endDateUtc, nowUtc);
    }

    private static void RequireUtc(DateTime value, string name)
    {
        if (value.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Instants are UTC.", name);
        }
    }
}
