using Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;
using Nsp.Application.Idsas.Operations;
using Nsp.Application.Idsas.Operations.RenewSalt;
using Nsp.Application.Idsas.OrgBlurrings.CreateOrgBlurring;
using Nsp.Application.Idsas.OrgBlurrings.ListAllActiveOrgBlurrings;
using Nsp.Application.Idsas.OrgBlurrings.RemoveOrgBlurring;
using Nsp.Application.Idsas.Salts;
using Nsp.Application.Idsas.Salts.GetCurrentSalt;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.Jobs;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Domain.Idsas.OrgBlurrings;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>Department blurrings, the salt and the three lookup strategies, on PostgreSQL through the pipeline.</summary>
public sealed class DepartmentsSaltAndStrategiesTests(IdsasDatabase<DepartmentsSaltAndStrategiesTests> database)
    : IClassFixture<IdsasDatabase<DepartmentsSaltAndStrategiesTests>>
{
    // PersonInformation is not asked by these operations; an unreachable URL proves it.
    private const string NoPersonInformation = "http://127.0.0.1:9/stamdata-personinformation";

    [Fact]
    public async Task A_department_is_blurred_listed_and_removed_softly_with_documented_audit_keys()
    {
        await using var host = IdsasTestHost.Start(database.Options, IdsasTestHost.Configuration(NoPersonInformation));
        await host.WhitelistAsync("22222222");
        var caller = IdsasTestHost.SystemCard(cvr: "22222222");

        var (created, _, audit) = await host.SendAsync(new CreateOrgBlurringCommand("123456789012345", "SOR"), caller);
        var again = await host.SendOkAsync(new CreateOrgBlurringCommand("123456789012345", "SOR"), caller);
        await host.SendOkAsync(new CreateOrgBlurringCommand("1301011", "SHAK"), caller);
        var listed = await host.SendOkAsync(new ListAllActiveOrgBlurringsQuery(), IdsasTestHost.SystemCard(system: "DRG"));

        Assert.True(created!.Created);
        Assert.False(again.Created);
        Assert.Equal([("1301011", OrgClassification.Shak), ("123456789012345", OrgClassification.Sor)], listed.OrgBlurrings.Select(o => (o.OrgId, o.Classification)));
        Assert.Equal(
            [("actor-id", AuditInformationType.NPI, "22222222"), ("actor-id-source", AuditInformationType.NPI, "cvr"),
             ("org-id", AuditInformationType.NPI, "123456789012345"), ("org-id-source", AuditInformationType.NPI, "sor")],
            audit.Component("IDSAS").Context("createOrgBlurring").Information.Select(i => (i.Key, i.Type, i.Value!)));

        var removed = await host.SendOkAsync(new RemoveOrgBlurringCommand("123456789012345", "SOR"), caller);
        var removedAgain = await host.SendOkAsync(new RemoveOrgBlurringCommand("123456789012345", "SOR"), caller);
        var after = await host.SendOkAsync(new ListAllActiveOrgBlurringsQuery(), IdsasTestHost.SystemCard(system: IdsasTestHost.StsSystem));

        Assert.True(removed.Removed);
        Assert.False(removedAgain.Removed);
        Assert.Equal(["1301011"], after.OrgBlurrings.Select(o => o.OrgId));
        await host.WithContextAsync(async c =>
            Assert.NotNull(Assert.Single(c.OrgBlurrings.Where(o => o.OrgId == "123456789012345")).RemovedAt));
    }

    [Fact]
    public async Task Department_operations_refuse_unlisted_callers_unknown_classifications_and_other_systems()
    {
        await using var host = IdsasTestHost.Start(database.Options, IdsasTestHost.Configuration(NoPersonInformation));
        await host.WhitelistAsync("33333333");

        var (_, unlisted, _) = await host.SendAsync(new CreateOrgBlurringCommand("1301011", "SOR"), IdsasTestHost.SystemCard(cvr: "44444444"));
        var (_, noCvr, _) = await host.SendAsync(new RemoveOrgBlurringCommand("1301011", "SOR"), IdsasTestHost.SystemCard(cvr: "33333333", format: "medcom:other"));
        var (_, badClass, _) = await host.SendAsync(new CreateOrgBlurringCommand("1301011", "CVR"), IdsasTestHost.SystemCard(cvr: "33333333"));
        var (_, missing, _) = await host.SendAsync(new RemoveOrgBlurringCommand(null, null), IdsasTestHost.SystemCard(cvr: "33333333"));
        var (_, notAllowed, _) = await host.SendAsync(new ListAllActiveOrgBlurringsQuery(), IdsasTestHost.SystemCard(system: "Service Consumer Test"));

        Assert.IsType<NotAuthorizedException>(unlisted);
        Assert.IsType<NotAuthorizedException>(noCvr);
        Assert.Equal(["classification"], Assert.IsType<RequestValidationException>(badClass).Errors.Keys);
        Assert.Equal(["classification", "orgId"], Assert.IsType<RequestValidationException>(missing).Errors.Keys.Order());
        Assert.IsType<NotAuthorizedException>(notAllowed);
    }

    [Fact]
    public async Task Without_a_salt_the_answer_says_to_renew_then_renewing_makes_a_new_current_salt()
    {
        await using var host = IdsasTestHost.Start(database.Options, IdsasTestHost.Configuration(NoPersonInformation));
        var sts = IdsasTestHost.SystemCard();

        var (_, none, _) = await host.SendAsync(new GetCurrentSaltQuery(), sts);
        var first = await host.RunJobAsync(new RenewSaltCommand(), IdsasJobNames.RenewSalt);
        var (salt1, _, audit) = await host.SendAsync(new GetCurrentSaltQuery(), sts);
        await host.RunJobAsync(new RenewSaltCommand(), IdsasJobNames.RenewSalt);
        var salt2 = await host.SendOkAsync(new GetCurrentSaltQuery(), sts);
        var (_, notAllowed, _) = await host.SendAsync(new GetCurrentSaltQuery(), IdsasTestHost.SystemCard(system: "Other"));

        Assert.Contains("renew-salt", Assert.IsType<NoCurrentSaltException>(none).Message, StringComparison.Ordinal);
        Assert.Equal(JobRunOutcome.Finished, first.Outcome);
        Assert.Equal(32, Convert.FromBase64String(salt1!.Base64Salt).Length);
        Assert.NotEqual(salt1.Base64Salt, salt2.Base64Salt);
        Assert.IsType<NotAuthorizedException>(notAllowed);
        Assert.Equal(
            [("actor-id", AuditInformationType.NPI, IdsasTestHost.WhitelistedCvr), ("actor-id-source", AuditInformationType.NPI, "cvr"),
             ("base64-encoded-salt", AuditInformationType.NPI, salt1.Base64Salt)],
            audit.Component("IDSAS").Context("getCurrentSalt").Information.Select(i => (i.Key, i.Type, i.Value!)));
    }

    [Theory]
    [InlineData("CPR", true, false)]
    [InlineData("HASH", false, true)]
    [InlineData("BOTH", true, true)]
    public async Task Each_lookup_strategy_finds_blurrings_by_its_column(string strategy, bool findsByCpr, bool findsByHash)
    {
        // Two rows for one citizen: one with only the patient id (registered without salt), one with only the hash
        // (a row whose patient_id is another value, as if migrated with hashes only).
        var (cpr, other) = strategy switch { "CPR" => ("0707701111", "0000000001"), "HASH" => ("0707702222", "0000000002"), _ => ("0707703333", "0000000003") };
        var hash = new PatientIdSalt("saltprefix", "saltpostfix").Hash(cpr);
        var properties = IdsasTestHost.Configuration(NoPersonInformation);
        properties["idsas-lookup:idsas.lookup.strategy"] = strategy;
        await using var host = IdsasTestHost.Start(database.Options, properties);
        await host.WithContextAsync(c =>
        {
            c.Blurrings.Add(Blurring.Create(cpr, null, "55555555", DateTime.UtcNow.AddDays(1), DateTime.UtcNow));
            c.Blurrings.Add(Blurring.Create(other, hash, "66666666", DateTime.UtcNow.AddDays(1), DateTime.UtcNow));
            return Task.CompletedTask;
        });

        var result = await host.SendOkAsync(new GetBlurredOrganisationsQuery(cpr), IdsasTestHost.SystemCard());

        var expected = new List<string>();
        if (findsByCpr)
        {
            expected.Add("55555555");
        }

        if (findsByHash)
        {
            expected.Add("66666666");
        }

        Assert.Equal(expected, result.OrganisationCvrs);
    }
}
