namespace Nsp.Domain.MinLog.Lookup;

/// <summary>The MinLog1 lookup contract's <c>NameFormat</c> of <c>brugerOrganisation</c>: which register the
/// organisation's id belongs to.</summary>
public enum OrganisationNameFormat
{
    /// <summary><c>medcom:ynumber</c>: a ydernummer (a practice's provider number).</summary>
    YNumber,

    /// <summary><c>medcom:pnumber</c>: a p-nummer (a production unit of the CVR register).</summary>
    PNumber,

    /// <summary><c>medcom:skscode</c>: an SKS/SHAK code (a hospital department).</summary>
    SksCode,

    /// <summary><c>medcom:cvrnumber</c>.</summary>
    CvrNumber,

    /// <summary><c>medcom:communalnumber</c>: a kommunekode.</summary>
    CommunalNumber,

    /// <summary><c>medcom:sor</c>: a SOR code.</summary>
    Sor,
}
