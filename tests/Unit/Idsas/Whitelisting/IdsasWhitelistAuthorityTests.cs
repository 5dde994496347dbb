using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Security;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.Whitelisting;

public sealed class IdsasWhitelistAuthorityTests
{
    private readonly IWhitelistRepository _whitelist = Substitute.For<IWhitelistRepository>();

    private IdsasWhitelistAuthority Authority() =>
        new(_whitelist, [new IdsasAllowedSystems(IdsasWhitelistRules.LookupPart, ["EPJ", " DRG "])]);

    private static SecurityContext Caller(string? itSystem = "EPJ", string? careProviderId = "33257872", string? format = "medcom:cvrnumber") => new()
    {
        Kind = CallerKind.SystemCard,
        ItSystemName = itSystem,
        CareProviderId = careProviderId,
        CareProviderIdFormat = format,
    };

    private Task<string?> RefusalAsync(string rule, SecurityContext caller) =>
        Authority().RefusalAsync(rule, "GetBlurredOrganisations", caller, CancellationToken.None);

    [Theory]
    [InlineData("EPJ")]
    [InlineData("DRG")]
    public async Task A_system_on_the_parts_list_is_allowed(string itSystem)
    {
        Assert.Null(await RefusalAsync(IdsasWhitelistRules.AllowedForLookup, Caller(itSystem)));
    }

    [Fact]
    public async Task A_system_not_on_the_parts_list_is_refused_naming_the_operation_and_the_part()
    {
        Assert.Equal(
            $"The calling system is not allowed to call GetBlurredOrganisations (idsas.allowed.client.system.name of {IdsasWhitelistRules.LookupPart}).",
            await RefusalAsync(IdsasWhitelistRules.AllowedForLookup, Caller("epj")));
    }

    [Fact]
    public async Task A_part_without_a_list_is_not_served_here()
    {
        Assert.Equal(
            $"GetBlurredOrganisations is not served here: no allowed systems are configured for {IdsasWhitelistRules.SaltPart}.",
            await RefusalAsync(IdsasWhitelistRules.AllowedForSalt, Caller()));
    }

    [Fact]
    public async Task A_whitelist_type_is_checked_against_the_callers_cvr()
    {
        _whitelist.IsListedAsync("33257872", IdsasWhitelistRules.Blurring, Arg.Any<CancellationToken>()).Returns(true);

        Assert.Null(await RefusalAsync(IdsasWhitelistRules.Blurring, Caller()));
    }

    [Fact]
    public async Task A_cvr_not_on_the_whitelist_is_refused_naming_the_operation_and_the_type()
    {
        Assert.Equal(
            $"The caller's CVR is not whitelisted for GetBlurredOrganisations (whitelist type {IdsasWhitelistRules.Blurring}).",
            await RefusalAsync(IdsasWhitelistRules.Blurring, Caller()));
    }

    [Fact]
    public async Task A_card_without_a_cvr_is_refused_without_asking_the_whitelist()
    {
        Assert.Equal(
            "GetBlurredOrganisations requires an ID card whose CareProviderID is a CVR number (NameFormat medcom:cvrnumber).",
            await RefusalAsync(IdsasWhitelistRules.Blurring, Caller(format: "medcom:ynumber")));
        await _whitelist.DidNotReceiveWithAnyArgs().IsListedAsync(default!, default!, default);
    }

    [Fact]
    public async Task The_rule_and_the_caller_are_required()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Authority().RefusalAsync(null!, "op", Caller(), CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentNullException>(() => Authority().RefusalAsync(IdsasWhitelistRules.Blurring, "op", null!, CancellationToken.None));
    }
}
