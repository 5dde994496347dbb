namespace Nsp.Application.MinLog.Registration.AddRegistrations;

/// <summary>The FaultCode of a failed entry (ours; the contract leaves them open). FaultText names the entry's position,
/// the element and the rule.</summary>
public static class LogDataEntryFaultCodes
{
    /// <summary>The entry's elements are not the contract's (missing Destination, unknown or misplaced element).</summary>
    public const string InvalidStructure = "invalid_structure";

    /// <summary>A required element or attribute is absent.</summary>
    public const string MissingElement = "missing_element";

    /// <summary>A text is empty or longer than the contract allows.</summary>
    public const string InvalidLength = "invalid_length";

    /// <summary>Within the contract, but longer than the seed's column that keeps it (bruger, ansvarlig: 20; orgusingid: 25).</summary>
    public const string ExceedsStore = "exceeds_store";

    /// <summary>Not one of the contract's values (a source attribute), or not a CPR number where one is required.</summary>
    public const string InvalidValue = "invalid_value";

    /// <summary>Not an xs:dateTime, before 2015-01-01T00:00:00Z, or a period that ends before it starts.</summary>
    public const string InvalidDateTime = "invalid_datetime";
}
