using Nsp.Application.Odr.Access;
using Nsp.Application.Odr.Configuration;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Unit.Odr.Access;

public sealed class OdrAccessMatrixTests
{
    private const OdrOperation Create = OdrOperation.CreateOrganDonorRegistration;
    private const OdrOperation Update = OdrOperation.UpdateOrganDonorRegistration;
    private const OdrOperation Delete = OdrOperation.DeleteOrganDonorRegistration;
    private const OdrOperation Get = OdrOperation.GetOrganDonorRegistration;
    private const OdrOperation Has = OdrOperation.HasOrganDonorRegistration;

    private static readonly OdrAccessMatrix Matrix = new(new OdrSettings { AdminAllowedSystems = [" ODR Admin "] });

    public static TheoryData<OdrOperation, string, bool> Cells() => new()
    {
        { Create, "citizen", true }, { Update, "citizen", true }, { Delete, "citizen", true }, { Get, "citizen", false }, { Has, "citizen", true },
        { Create, "health-professional", true }, { Update, "health-professional", true }, { Delete, "health-professional", true },
        { Get, "health-professional", true }, { Has, "health-professional", true },
        { Create, "system", false }, { Update, "system", false }, { Delete, "system", false }, { Get, "system", false }, { Has, "system", true },
        { Create, "admin", true }, { Update, "admin", true }, { Delete, "admin", true }, { Get, "admin", true }, { Has, "admin", true },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_of_the_matrix_allows_or_refuses(OdrOperation operation, string actor, bool allowed)
    {
        var (caller, admin) = actor switch
        {
            "citizen" => (OdrCallers.Citizen(), false),
            "health-professional" => (OdrCallers.HealthProfessional(), false),
            "system" => (OdrCallers.System(), false),
            _ => (OdrCallers.Admin(), true),
        };

        var decision = Matrix.Decide(operation, caller, OdrCallers.DonorCpr, admin);

        Assert.Equal(allowed, decision.Allowed);
        Assert.Equal(actor, decision.Actor!.Value.ToAuditText());
    }

    [Theory]
    [InlineData(Create)]
    [InlineData(Update)]
    [InlineData(Delete)]
    [InlineData(Has)]
    public void A_citizen_is_refused_on_another_citizens_cpr(OdrOperation operation)
    {
        var decision = Matrix.Decide(operation, OdrCallers.Citizen(), OdrCallers.OtherCpr, admin: false);

        Assert.False(decision.Allowed);
        Assert.Contains("own CPR", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_citizen_token_without_a_cpr_is_refused()
    {
        var decision = Matrix.Decide(Has, OdrCallers.Citizen() with { UserCpr = null }, OdrCallers.DonorCpr, admin: false);

        Assert.False(decision.Allowed);
    }

    [Theory]
    [InlineData(Create)]
    [InlineData(Get)]
    [InlineData(Has)]
    public void A_user_card_without_an_authorisation_code_is_nobody_on_the_ordinary_endpoint(OdrOperation operation)
    {
        var decision = Matrix.Decide(operation, OdrCallers.UserWithoutAuthorizationCode(), OdrCallers.DonorCpr, admin: false);

        Assert.Null(decision.Actor);
        Assert.Contains("authorisation code", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_identity_is_refused()
    {
        var decision = Matrix.Decide(Has, SecurityContext.ForJob("x"), OdrCallers.DonorCpr, admin: false);

        Assert.Equal((null, false), (decision.Actor, decision.Allowed));
        Assert.Equal("HasOrganDonorRegistration is not available to this kind of caller.", decision.Refusal);
    }

    [Fact]
    public void A_caller_is_required()
    {
        Assert.Throws<ArgumentNullException>(() => Matrix.Decide(Has, null!, OdrCallers.DonorCpr, admin: false));
    }

    [Fact]
    public void An_unknown_actor_type_is_allowed_nothing()
    {
        Assert.False(OdrAccessMatrix.Allows(Has, (OdrActorType)99));
    }

    [Fact]
    public void The_admin_endpoint_refuses_user_cards_from_unlisted_systems_even_with_an_authorisation_code()
    {
        var decision = Matrix.Decide(Get, OdrCallers.HealthProfessional("EPJ"), OdrCallers.DonorCpr, admin: true);

        Assert.False(decision.Allowed);
        Assert.Contains("odr.admin.allowed.client.system.name", decision.Refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("system")]
    [InlineData("citizen")]
    public void The_admin_endpoint_accepts_only_user_cards(string kind)
    {
        var caller = kind == "system" ? OdrCallers.System(OdrCallers.AdminSystem) : OdrCallers.Citizen();

        var decision = Matrix.Decide(Has, caller, OdrCallers.DonorCpr, admin: true);

        Assert.False(decision.Allowed);
        Assert.Contains("user ID card", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listed_admin_system_on_the_ordinary_endpoint_is_only_what_its_card_says()
    {
        var decision = Matrix.Decide(Get, OdrCallers.Admin(), OdrCallers.DonorCpr, admin: false);

        Assert.False(decision.Allowed);
    }

    [Fact]
    public void With_no_admin_systems_configured_nobody_is_admin()
    {
        var decision = new OdrAccessMatrix(new OdrSettings()).Decide(Has, OdrCallers.Admin(), OdrCallers.DonorCpr, admin: true);

        Assert.False(decision.Allowed);
    }

    [Fact]
    public void System_names_are_compared_exactly()
    {
        var decision = Matrix.Decide(Has, OdrCallers.UserWithoutAuthorizationCode("odr admin"), OdrCallers.DonorCpr, admin: true);

        Assert.False(decision.Allowed);
    }
}
