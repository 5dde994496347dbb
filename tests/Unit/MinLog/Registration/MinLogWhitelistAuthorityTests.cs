using NSubstitute;
using Nsp.Application.MinLog.Whitelisting;
using Nsp.Application.Shared.Security;

namespace Nsp.Tests.Unit.MinLog.Registration;

public sealed class MinLogWhitelistAuthorityTests
{
    private readonly IWhitelistConfigQueries _whitelist = Substitute.For<IWhitelistConfigQueries>();

    private static SecurityContext Caller(string? id, string format = "medcom:cvrnumber") =>
        new() { Kind = CallerKind.SystemCard, CareProviderId = id, CareProviderIdFormat = format };

    [Fact]
    public async Task A_CVR_listed_under_the_rules_service_key_may_proceed()
    {
        _whitelist.IsListedAsync("dk.nsi.minlog.registration", "25450442", Arg.Any<CancellationToken>()).Returns(true);

        Assert.Null(await new MinLogWhitelistAuthority(_whitelist).RefusalAsync("dk.nsi.minlog.registration", "AddRegistrations", Caller("25450442"), CancellationToken.None));
    }

    [Fact]
    public async Task An_unlisted_CVR_is_refused_naming_the_service_key()
    {
        string? refusal = await new MinLogWhitelistAuthority(_whitelist).RefusalAsync("dk.nsi.minlog.registration", "AddRegistrations", Caller("11111111"), CancellationToken.None);

        Assert.Equal("The caller's CVR is not whitelisted for AddRegistrations (whitelist_config service_key dk.nsi.minlog.registration).", refusal);
    }

    [Fact]
    public async Task A_card_without_a_CVR_is_refused_without_asking_the_list()
    {
        string? refusal = await new MinLogWhitelistAuthority(_whitelist).RefusalAsync("minlogws", "ListLogStatements", Caller("123456789012345", "medcom:sor"), CancellationToken.None);

        Assert.Contains("CVR number", refusal, StringComparison.Ordinal);
        await _whitelist.DidNotReceiveWithAnyArgs().IsListedAsync(default!, default!, default);
    }
}
