namespace Nsp.Domain.MinLog.Registration;

/// <summary>What a MinLog2 registration (20250312) states beyond the seed's <c>logentry</c> columns: kept in nullable
/// columns of their own (DESIGN 5.4), so the citizen's log loses nothing the registrant sent. Widths are the
/// contract's; <see cref="Filters"/> and <see cref="SourceChain"/> are stored as short JSON texts.</summary>
public sealed record LogEntryDetails
{
    public const int ShortTextMaxLength = 50;
    public const int RoleMaxLength = 200;
    public const int SourceMaxLength = 200;
    public const int FiltersMaxLength = 4000;
    public const int SourceChainMaxLength = 4000;

    public static LogEntryDetails None { get; } = new();

    public string? Reason { get; init; }

    public string? Addition { get; init; }

    public string? Criticality { get; init; }

    /// <summary>The end of the period when the registrant gave FromDateTime + ToDateTime (UTC).</summary>
    public DateTime? ToDateTime { get; init; }

    /// <summary>OrganisationId's <c>source</c>: SOR, YDER, CVR or EuropeanHealthcareOrganisation.</summary>
    public string? OrgUsingIdSource { get; init; }

    /// <summary>PersonIdentifier's <c>source</c>: CPR or eCPR.</summary>
    public string? PersonIdSource { get; init; }

    public string? PersonName { get; init; }

    /// <summary>UserPersonIdentifier's <c>source</c>: CPR, Autorisation or EuropeanHealthcareProfessional.</summary>
    public string? UserPersonIdSource { get; init; }

    public string? UserPersonName { get; init; }

    public string? UserRole { get; init; }

    /// <summary>OnBehalfOfPersonIdentifier's <c>source</c>: CPR or Autorisation.</summary>
    public string? OnBehalfOfPersonIdSource { get; init; }

    public string? OnBehalfOfPersonName { get; init; }

    public string? OnBehalfOfUserRole { get; init; }

    /// <summary>The Filter values as a JSON array, or null when none were given.</summary>
    public string? Filters { get; init; }

    /// <summary>The Source chain (CorrelationId, SystemName, nested Source) as a JSON array, outermost first.</summary>
    public string? SourceChain { get; init; }

    /// <summary>Throws <see cref="ArgumentException"/> naming the first field that is longer than its column.</summary>
    public void EnsureFits()
    {
        Check(Reason, ShortTextMaxLength, "reason");
        Check(Addition, ShortTextMaxLength, "addition");
        Check(Criticality, ShortTextMaxLength, "criticality");
        Check(OrgUsingIdSource, SourceMaxLength, "orgusingidsource");
        Check(PersonIdSource, SourceMaxLength, "personidsource");
        Check(PersonName, ShortTextMaxLength, "personname");
        Check(UserPersonIdSource, SourceMaxLength, "userpersonidsource");
        Check(UserPersonName, ShortTextMaxLength, "userpersonname");
        Check(UserRole, RoleMaxLength, "userrole");
        Check(OnBehalfOfPersonIdSource, SourceMaxLength, "onbehalfofpersonidsource");
        Check(OnBehalfOfPersonName, ShortTextMaxLength, "onbehalfofpersonname");
        Check(OnBehalfOfUserRole, RoleMaxLength, "onbehalfofuserrole");
        Check(Filters, FiltersMaxLength, "filters");
        Check(SourceChain, SourceChainMaxLength, "sourcechain");
        if (ToDateTime is { Kind: not DateTimeKind.Utc })
        {
            throw new ArgumentException("todatetime must be a UTC instant.", nameof(ToDateTime));
        }
    }

    private static void Check(string? value, int maxLength, string field)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw new ArgumentException($"{field} must be at most {maxLength} characters.", field);
        }
    }
}
