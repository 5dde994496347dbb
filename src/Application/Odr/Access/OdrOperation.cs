namespace Nsp.Application.Odr.Access;

/// <summary>The five messages of <c>/odr/odr</c> and <c>/odr/odrAdmin</c>.</summary>
public enum OdrOperation
{
    CreateOrganDonorRegistration,
    UpdateOrganDonorRegistration,
    DeleteOrganDonorRegistration,
    GetOrganDonorRegistration,
    HasOrganDonorRegistration,
}
