using AutoMapper;
using Nsp.Application.Odr.Registrations;
using Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.DeleteOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;

namespace Nsp.Api.Odr.Soap;

/// <summary>The flat part of ODR's contract ↔ MediatR mapping (ADR 0031): a read request to the five requests, and an
/// active registration back to the contract's registration. <c>Admin</c> is mapped false here and set by the endpoint
/// (<c>with { Admin = true }</c>), so no mapping can make a call an admin call. Get's CDA document is built by hand.</summary>
public sealed class OdrSoapMappingProfile : Profile
{
    public OdrSoapMappingProfile()
    {
        CreateMap<OrganDonorRegistrationMessage, OrganPermissions>()
            .ForCtorParam(nameof(OrganPermissions.Heart), o => o.MapFrom(s => s.PermissionForHeart))
            .ForCtorParam(nameof(OrganPermissions.Lungs), o => o.MapFrom(s => s.PermissionForLungs))
            .ForCtorParam(nameof(OrganPermissions.Liver), o => o.MapFrom(s => s.PermissionForLiver))
            .ForCtorParam(nameof(OrganPermissions.Pancreas), o => o.MapFrom(s => s.PermissionForPancreas))
            .ForCtorParam(nameof(OrganPermissions.Kidneys), o => o.MapFrom(s => s.PermissionForKidneys))
            .ForCtorParam(nameof(OrganPermissions.Cornea), o => o.MapFrom(s => s.PermissionForCornea))
            .ForCtorParam(nameof(OrganPermissions.SmallIntestine), o => o.MapFrom(s => s.PermissionForSmallIntestine))
            .ForCtorParam(nameof(OrganPermissions.Skin), o => o.MapFrom(s => s.PermissionForSkin));

        CreateMap<OrganDonorRequest, CreateOrganDonorRegistrationCommand>()
            .ForCtorParam(nameof(CreateOrganDonorRegistrationCommand.Id), o => o.MapFrom(s => s.Id.Extension))
            .ForCtorParam(nameof(CreateOrganDonorRegistrationCommand.AssigningAuthorityName), o => o.MapFrom(s => s.Id.AssigningAuthorityName))
            .ForCtorParam(nameof(CreateOrganDonorRegistrationCommand.PermissionType), o => o.MapFrom(s => s.Registration!.PermissionType))
            .ForCtorParam(nameof(CreateOrganDonorRegistrationCommand.Organs), o => o.MapFrom(s => s.Registration))
            .ForCtorParam(nameof(CreateOrganDonorRegistrationCommand.RequiresRelativeAcceptance), o => o.MapFrom(s => s.Registration!.RequiresRelativeAcceptance))
            .ForCtorParam(nameof(CreateOrganDonorRegistrationCommand.Admin), o => o.MapFrom(_ => false))
            .ForMember(d => d.Root, o => o.MapFrom(s => s.Id.Root));
        CreateMap<OrganDonorRequest, UpdateOrganDonorRegistrationCommand>()
            .ForCtorParam(nameof(UpdateOrganDonorRegistrationCommand.Id), o => o.MapFrom(s => s.Id.Extension))
            .ForCtorParam(nameof(UpdateOrganDonorRegistrationCommand.AssigningAuthorityName), o => o.MapFrom(s => s.Id.AssigningAuthorityName))
            .ForCtorParam(nameof(UpdateOrganDonorRegistrationCommand.PermissionType), o => o.MapFrom(s => s.Registration!.PermissionType))
            .ForCtorParam(nameof(UpdateOrganDonorRegistrationCommand.Organs), o => o.MapFrom(s => s.Registration))
            .ForCtorParam(nameof(UpdateOrganDonorRegistrationCommand.RequiresRelativeAcceptance), o => o.MapFrom(s => s.Registration!.RequiresRelativeAcceptance))
            .ForCtorParam(nameof(UpdateOrganDonorRegistrationCommand.Admin), o => o.MapFrom(_ => false))
            .ForMember(d => d.Root, o => o.MapFrom(s => s.Id.Root));
        CreateMap<OrganDonorRequest, DeleteOrganDonorRegistrationCommand>()
            .ForCtorParam(nameof(DeleteOrganDonorRegistrationCommand.Id), o => o.MapFrom(s => s.Id.Extension))
            .ForCtorParam(nameof(DeleteOrganDonorRegistrationCommand.AssigningAuthorityName), o => o.MapFrom(s => s.Id.AssigningAuthorityName))
            .ForCtorParam(nameof(DeleteOrganDonorRegistrationCommand.Admin), o => o.MapFrom(_ => false))
            .ForMember(d => d.Root, o => o.MapFrom(s => s.Id.Root));
        CreateMap<OrganDonorRequest, GetOrganDonorRegistrationQuery>()
            .ForCtorParam(nameof(GetOrganDonorRegistrationQuery.Id), o => o.MapFrom(s => s.Id.Extension))
            .ForCtorParam(nameof(GetOrganDonorRegistrationQuery.AssigningAuthorityName), o => o.MapFrom(s => s.Id.AssigningAuthorityName))
            .ForCtorParam(nameof(GetOrganDonorRegistrationQuery.Admin), o => o.MapFrom(_ => false))
            .ForMember(d => d.Root, o => o.MapFrom(s => s.Id.Root));
        CreateMap<OrganDonorRequest, HasOrganDonorRegistrationQuery>()
            .ForCtorParam(nameof(HasOrganDonorRegistrationQuery.Id), o => o.MapFrom(s => s.Id.Extension))
            .ForCtorParam(nameof(HasOrganDonorRegistrationQuery.AssigningAuthorityName), o => o.MapFrom(s => s.Id.AssigningAuthorityName))
            .ForCtorParam(nameof(HasOrganDonorRegistrationQuery.Admin), o => o.MapFrom(_ => false))
            .ForMember(d => d.Root, o => o.MapFrom(s => s.Id.Root));

        CreateMap<RegistrationDetails, OrganDonorRegistrationMessage>()
            .ForCtorParam(nameof(OrganDonorRegistrationMessage.PermissionType), o => o.MapFrom(s => s.PermissionType.ToContractText()))
            .ForCtorParam(nameof(OrganDonorRegistrationMessage.PermissionForHeart), o => o.MapFrom(s => s.Organs.Heart))
            .ForCtorParam(nameof(OrganDonorRegistrationMessage.PermissionForLungs), o => o.MapFrom(s => s.Organs.Lungs))
            .ForCtorParam(nameof(OrganDonorRegistrationMessage.PermissionForLiver), o => o.MapFrom(s => s.Organs.Liver))
            .ForCtorParam(nameof(OrganDonorRegistrationMessage.PermissionForPancreas), o => o.MapFrom(s => s.Organs.Pancreas))
            .ForCtorParam(nameof(OrganDonorRegistrationMessage.PermissionForKidneys), o => o.MapFrom(s => s.Organs.Kidneys))
            .ForCtorParam(nameof(OrganDonorRegistrationMessage.PermissionForCornea), o => o.MapFrom(s => s.Organs.Cornea))
            .ForCtorParam(nameof(OrganDonorRegistrationMessage.PermissionForSmallIntestine), o => o.MapFrom(s => s.Organs.SmallIntestine))
            .ForCtorParam(nameof(OrganDonorRegistrationMessage.PermissionForSkin), o => o.MapFrom(s => s.Organs.Skin))
            .ForCtorParam(nameof(OrganDonorRegistrationMessage.RequiresRelativeAcceptance), o => o.MapFrom(s => s.RequiresRelativeAcceptance));
    }
}
