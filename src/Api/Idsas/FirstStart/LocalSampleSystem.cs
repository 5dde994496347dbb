namespace Nsp.Api.Idsas.FirstStart;

/// <summary>The embedded default's sample caller: the organisation and system the local STS puts in the cards of
/// <c>sample-request</c>, which the first start whitelists and allows, and the sample citizen it asks about.</summary>
public static class LocalSampleSystem
{
    public const string Cvr = "12345674";
    public const string OrganisationName = "Lokal prøveorganisation";
    public const string ItSystemName = "LocalSampleSystem";

    /// <summary>Alive in the sample PersonInformation file.</summary>
    public const string PatientCpr = "0101701234";
}
