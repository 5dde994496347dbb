namespace Nsp.Benchmarks.Load;

/// <summary>A SOAP operation the load driver sends: where, and the element a successful answer holds.</summary>
public sealed record LoadOperation(string Name, string Path, string SuccessElement, string? SoapAction = null)
{
    public static LoadOperation Lookup { get; } =
        new("GetBlurredOrganisations", "/idsas-lookup/20240124/lookup", "GetBlurredOrganisationsResponse");

    public static LoadOperation CreateBlurring { get; } =
        new("CreateBlurring", "/idsas-registration/20230601/registration", "CreateBlurringResponse");

    public static LoadOperation HasOrganDonorRegistration { get; } =
        new("HasOrganDonorRegistration", "/odr/odr", "HasOrganDonorRegistrationResponse",
            "\"http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#HasOrganDonorRegistration\"");

    public static LoadOperation GetOrganDonorRegistration { get; } =
        new("GetOrganDonorRegistration", "/odr/odr", "GetOrganDonorRegistrationResponse",
            "\"http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#GetOrganDonorRegistration\"");
}
