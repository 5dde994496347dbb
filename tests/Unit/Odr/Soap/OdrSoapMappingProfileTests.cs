using AutoMapper;
using Microsoft.Extensions.Logging.Abstractions;
using Nsp.Api.Odr.Soap;
using Nsp.Application.Odr.Registrations;
using Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;

namespace Nsp.Tests.Unit.Odr.Soap;

public sealed class OdrSoapMappingProfileTests
{
    private static readonly MapperConfiguration Configuration =
        new(c => c.AddProfile<OdrSoapMappingProfile>(), NullLoggerFactory.Instance);

    [Fact]
    public void The_profile_maps_every_member() => Configuration.AssertConfigurationIsValid();

    [Fact]
    public void A_create_request_maps_the_id_the_content_and_never_the_admin_flag()
    {
        var request = new OrganDonorRequest(
            "CreateOrganDonorRegistration",
            new OrganDonorRequestId("1.2.208.176.1.2", "1111111118", "CPR"),
            new OrganDonorRegistrationMessage("LIMITED", true, null, null, null, false, null, null, null, true));

        var command = Configuration.CreateMapper().Map<CreateOrganDonorRegistrationCommand>(request);

        Assert.Equal(
            new CreateOrganDonorRegistrationCommand("1111111118", "CPR", "LIMITED", new OrganPermissions(Heart: true, Kidneys: false), true) { Root = "1.2.208.176.1.2" },
            command);
    }

    [Fact]
    public void A_has_request_maps_only_the_id()
    {
        var request = new OrganDonorRequest("HasOrganDonorRegistration", new OrganDonorRequestId("1.2.208.176.1.2", "1111111118", "CPR"), null);

        Assert.Equal(
            new HasOrganDonorRegistrationQuery("1111111118", "CPR") { Root = "1.2.208.176.1.2" },
            Configuration.CreateMapper().Map<HasOrganDonorRegistrationQuery>(request));
    }

    [Fact]
    public void An_id_as_sent_reaches_the_request_unjudged_for_the_validator_to_refuse()
    {
        var request = new OrganDonorRequest("HasOrganDonorRegistration", new OrganDonorRequestId("1.2.3", null, "CVR"), null);

        Assert.Equal(
            new HasOrganDonorRegistrationQuery(null, "CVR") { Root = "1.2.3" },
            Configuration.CreateMapper().Map<HasOrganDonorRegistrationQuery>(request));
    }

    [Fact]
    public void An_active_registration_maps_to_the_contract_text_and_flags()
    {
        var details = new RegistrationDetails("1111111118", PermissionType.LimitedWithResearch, new OrganPermissions(Skin: true), null, DateTime.UtcNow);

        var message = Configuration.CreateMapper().Map<OrganDonorRegistrationMessage>(details);

        Assert.Equal(new OrganDonorRegistrationMessage("LIMITED_WITH_RESEARCH", null, null, null, null, null, null, null, true, null), message);
    }
}
