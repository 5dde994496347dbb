using System.Globalization;
using System.Xml;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>IDSAS's SOAP paths, namespaces and request bodies as a client writes them, and the fault code it reads.</summary>
public static class IdsasSoapBodies
{
    public const string Ns2023 = "http://sundhedsdatastyrelsen.dk/identitetssloering/2023/06/01/";
    public const string Ns2024 = "http://sundhedsdatastyrelsen.dk/identitetssloering/2024/01/24/";
    public const string Registration2023 = "/idsas-registration/20230601/registration";
    public const string Registration2024 = "/idsas-registration/20240124/registration";
    public const string Lookup2024 = "/idsas-lookup/20240124/lookup";
    public const string Lookup2023 = "/idsas-lookup/20230601/lookup";
    public const string Salt2023 = "/idsas-salt/20230601/salt";

    public static string Patient(string cpr) =>
        $"<t:patientId><t:id>{cpr}</t:id><t:classification>CPR</t:classification></t:patientId>";

    public static string CreateBlurring(string cpr, string endDateTime) =>
        $"<t:CreateBlurringRequest xmlns:t=\"{Ns2023}\">{Patient(cpr)}<t:endDateTime>{endDateTime}</t:endDateTime></t:CreateBlurringRequest>";

    public static string GetBlurredOrganisations(string cpr) =>
        $"<t:GetBlurredOrganisationsRequest xmlns:t=\"{Ns2024}\">{Patient(cpr)}</t:GetBlurredOrganisationsRequest>";

    public static string GetCurrentSalt() => $"<t:GetCurrentSaltRequest xmlns:t=\"{Ns2023}\"/>";

    public static string OrgRequest(string operation, string id, string classification) =>
        $"<t:{operation} xmlns:t=\"{Ns2024}\"><t:org><t:id>{id}</t:id><t:classification>{classification}</t:classification></t:org></t:{operation}>";

    /// <summary>An endDateTime <paramref name="days"/> from now, in UTC.</summary>
    public static string DaysAhead(int days) =>
        DateTimeOffset.UtcNow.AddDays(days).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The medcom FaultCode in a fault's detail, or null.</summary>
    public static string? FaultCode(XmlElement fault) =>
        fault.GetElementsByTagName("FaultCode", SoapNamespaces.Medcom).OfType<XmlElement>().SingleOrDefault()?.InnerText;

    /// <summary>The organisation ids of a GetBlurredOrganisations answer.</summary>
    public static string[] OrganisationIds(XmlElement answer) =>
        [.. answer.ChildNodes.OfType<XmlElement>().Select(o => o["id", Ns2024]!.InnerText)];
}
