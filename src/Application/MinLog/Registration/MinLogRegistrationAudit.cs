namespace Nsp.Application.MinLog.Registration;

/// <summary>MinLog's audit vocabulary for AddRegistrations (ours, ADR 0037; the seed has no MinLog audit table).</summary>
public static class MinLogRegistrationAudit
{
    public const string Component = "MinLog";
    public const string Category = "dk.sds.nsp.audit.log.minlog";

    public const string AddRegistrationsContext = "addRegistrations";

    /// <summary>NPI: how many LogDataEntry elements the request held.</summary>
    public const string Entries = "entries";

    /// <summary>RPI (values): the distinct PersonIdentifiers, the citizens whose logs the call writes.</summary>
    public const string PersonIdentifiers = "person-identifiers";

    /// <summary>NPI (values): the distinct Destination SystemNames.</summary>
    public const string SystemNames = "system-names";

    /// <summary>NPI: NumberAdded of the answer.</summary>
    public const string NumberAdded = "number-added";

    /// <summary>NPI: NumberFailed of the answer.</summary>
    public const string NumberFailed = "number-failed";

    /// <summary>NPI (values): the distinct FaultCodes of the failed entries.</summary>
    public const string FaultCodes = "fault-codes";
}
