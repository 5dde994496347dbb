namespace Nsp.Application.MinLog.Lookup;

/// <summary>The lookup's audit keys (ours: the seed has no MinLog audit table; ADR 0038). Category
/// <c>dk.sds.nsp.audit.log.minlog</c>, component <see cref="Component"/>, context <see cref="Context"/>.</summary>
public static class MinLogLookupAudit
{
    public const string Component = "MinLog";
    public const string Context = "listLogStatements";

    /// <summary>RPI: the citizen whose log was asked for (<c>cprNR</c>).</summary>
    public const string Cpr = "cpr";

    /// <summary>NPI: <c>fraDato</c> and <c>tilDato</c> as UTC instants with milliseconds; empty when absent.</summary>
    public const string FromDate = "fra-dato";
    public const string ToDate = "til-dato";

    /// <summary>NPI: <c>citizen</c> (IDWS token) or <c>system</c> (a DGWS card of a whitelisted CVR).</summary>
    public const string ActorType = "actor-type";

    /// <summary>NPI: the card's CVR (empty for a citizen).</summary>
    public const string ActorCvr = "actor-cvr";

    /// <summary>NPI: how many entries the answer held.</summary>
    public const string Returned = "log-statements-returned";

    public const string CitizenActor = "citizen";
    public const string SystemActor = "system";
}
