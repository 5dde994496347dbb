namespace Nsp.Domain.Idsas.OrgBlurrings;

/// <summary>A department (SOR or SHAK id) whose staff are blurred towards every citizen. Removal is soft: the row
/// keeps <see cref="RemovedAt"/>, and a blurring is active while it is not removed.</summary>
public sealed class OrgBlurring
{
    public const int OrgIdMaxLength = 30;
    public const int ClassificationMaxLength = 4;

    private OrgBlurring(string orgId, string classificationText, DateTime created)
    {
        OrgId = orgId;
        ClassificationText = classificationText;
        Created = created;
    }

    public long Id { get; private set; }

    public string OrgId { get; private set; }

    /// <summary>Stored as the contract's text (<c>SOR</c>, <c>SHAK</c>), so operators' SQL reads it.</summary>
    public string ClassificationText { get; private set; }

    public OrgClassification Classification =>
        OrgClassifications.TryParse(ClassificationText, out var classification)
            ? classification
            : throw new InvalidOperationException("The stored classification is neither SOR nor SHAK.");

    public DateTime Created { get; private set; }

    public DateTime? RemovedAt { get; private set; }

    public bool IsActive => RemovedAt is null;

    public static OrgBlurring Create(string orgId, OrgClassification classification, DateTime nowUtc)
    {
        if (string.IsNullOrWhiteSpace(orgId) || orgId.Length > OrgIdMaxLength || orgId.Trim().Length != orgId.Length)
        {
            throw new ArgumentException($"An org id is 1..{OrgIdMaxLength} characters without surrounding blanks.", nameof(orgId));
        }

        RequireUtc(nowUtc);
        return new OrgBlurring(orgId, classification.ToText(), nowUtc);
    }

    /// <summary>Ends the blurring. Removing a removed one is refused: the caller must look for the active one.</summary>
    public void Remove(DateTime nowUtc)
    {
        RequireUtc(nowUtc);
        if (RemovedAt is not null)
        {
            throw new InvalidOperationException("The org blurring is already removed.");
        }

        if (nowUtc < Created)
        {
            throw new ArgumentException("An org blurring cannot be removed before it was created.", nameof(nowUtc));
        }

        RemovedAt = nowUtc;
    }

    private static void RequireUtc(DateTime value)
    {
        if (value.Kind != DateTimeKind.Utc)
        {
            throw new ArgumentException("Instants are UTC.", nameof(value));
        }
    }
}
