using Microsoft.EntityFrameworkCore;
using Nsp.Application.Idsas.Audit;
using Nsp.Application.Idsas.Blurrings.CreateBlurring;
using Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;
using Nsp.Tests.Integration.Shared.NationalServices.PersonInformation;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>CreateBlurring (DATABASE strategy, registration hashing with the salt file) and GetBlurredOrganisations
/// through the real pipeline on PostgreSQL.</summary>
public sealed class RegistrationAndLookupTests(IdsasDatabase<RegistrationAndLookupTests> database)
    : IClassFixture<IdsasDatabase<RegistrationAndLookupTests>>, IAsyncLifetime
{
    private const string Alive = "0101801234";
    private const string Alive2 = "0202802345";
    private const string Alive3 = "0303803456";
    private const string Alive4 = "0404804567";
    private const string Dead = "0505805678";
    private const string Unknown = "0606806789";
    private const string SeedVectorHash = "efe3b97049ba8d0b4843d6a524ea09ac89d9632e65d4c663c09578933a88440f";

    private TestPersonInformationServer _persons = null!;
    private IdsasTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _persons = await TestPersonInformationServer.StartAsync();
        foreach (var cpr in new[] { Alive, Alive2, Alive3, Alive4, "1111111118" })
        {
            _persons.Add(cpr, "01", null);
        }

        _persons.Add(Dead, "90", "2024-01-01");
        _host = IdsasTestHost.Start(database.Options, IdsasTestHost.Configuration(_persons.Url));
        await _host.WithContextAsync(async c =>
        {
            if (!await c.Whitelist.AnyAsync())
            {
                c.Whitelist.Add(Domain.Idsas.Whitelisting.WhitelistEntry.Create(IdsasTestHost.WhitelistedCvr, "BLURRING"));
            }
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _persons.DisposeAsync();
    }

    [Fact]
    public async Task A_whitelisted_cvr_creates_a_blurring_with_its_hash_and_the_seeds_audit_keys()
    {
        var end = DateTimeOffset.UtcNow.AddDays(30);
        var (result, error, audit) = await _host.SendAsync(new CreateBlurringCommand("1111111118", end), IdsasTestHost.SystemCard());

        Assert.Null(error);
        Assert.Equal(SeedVectorHash, result!.PatientIdHashed);
        await _host.WithContextAsync(async c =>
        {
            var row = await c.Blurrings.SingleAsync(b => b.PatientId == "1111111118");
            Assert.Equal(IdsasTestHost.WhitelistedCvr, row.Cvr);
            Assert.Equal(SeedVectorHash, row.PatientIdHashed);
            Assert.Equal(end.UtcDateTime, row.EndDate, TimeSpan.FromMilliseconds(1));
        });

        Assert.Equal(AuditRecord.CategoryFor("idsas"), audit.Category);
        var context = Assert.Single(Assert.Single(audit.Components, c => c.Name == IdsasAudit.Component).Contexts);
        Assert.Equal("createBlurring", context.Name);
        Assert.Equal(
            [
                ("patient-id", AuditInformationType.RPI, "1111111118"),
                ("patient-id-source", AuditInformationType.RPI, "cpr"),
                ("hashed-patient-id", AuditInformationType.RPI, SeedVectorHash),
                ("actor-id", AuditInformationType.NPI, IdsasTestHost.WhitelistedCvr),
                ("actor-id-source", AuditInformationType.NPI, "cvr"),
                ("expiry-date-time", AuditInformationType.NPI, end.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture)),
            ],
            context.Information.Select(i => (i.Key, i.Type, i.Value!)));
    }

    [Fact]
    public async Task Every_stored_hash_equals_the_seeds_sql_formula_computed_by_the_database()
    {
        await _host.SendOkAsync(new CreateBlurringCommand(Alive4, DateTimeOffset.UtcNow.AddDays(5)), IdsasTestHost.SystemCard());

        // The seed's MySQL: select sha2(concat('saltprefix', '1111111118', 'saltpostfix'), 256); in PostgreSQL terms.
        await _host.WithContextAsync(async c =>
        {
            var seedVector = await c.Database
                .SqlQueryRaw<string>("SELECT encode(sha256(convert_to(concat('saltprefix', '1111111118', 'saltpostfix'), 'UTF8')), 'hex') AS \"Value\"")
                .SingleAsync();
            Assert.Equal(SeedVectorHash, seedVector);
            var mismatches = await c.Database
                .SqlQueryRaw<int>(
                    "SELECT count(*)::int AS \"Value\" FROM idsas.blurring WHERE patient_id_hashed IS DISTINCT FROM "
                    + "encode(sha256(convert_to(concat('saltprefix', patient_id, 'saltpostfix'), 'UTF8')), 'hex')")
                .SingleAsync();
            var rows = await c.Blurrings.CountAsync();
            Assert.True(rows > 0);
            Assert.Equal(0, mismatches);
        });
    }

    [Fact]
    public async Task A_second_registration_replaces_the_first_even_when_it_ends_sooner()
    {
        var caller = IdsasTestHost.SystemCard();
        await _host.SendOkAsync(new CreateBlurringCommand(Alive2, DateTimeOffset.UtcNow.AddDays(60)), caller);
        var sooner = DateTimeOffset.UtcNow.AddDays(2);
        await _host.SendOkAsync(new CreateBlurringCommand(Alive2, sooner), caller);

        await _host.WithContextAsync(async c =>
        {
            var row = await c.Blurrings.SingleAsync(b => b.PatientId == Alive2);
            Assert.Equal(sooner.UtcDateTime, row.EndDate, TimeSpan.FromMilliseconds(1));
            Assert.True(row.Updated > row.Created);
        });
    }

    [Fact]
    public async Task A_caller_not_on_the_whitelist_is_refused_and_audited_with_its_cvr()
    {
        var (_, error, audit) = await _host.SendAsync(
            new CreateBlurringCommand(Alive, DateTimeOffset.UtcNow.AddDays(1)), IdsasTestHost.SystemCard(cvr: "12345678"));

        Assert.IsType<NotAuthorizedException>(error);
        var info = audit.Component(IdsasAudit.Component).Context("createBlurring").Information;
        Assert.Contains(info, i => i.Key == "actor-id" && i.Value == "12345678");
        await _host.WithContextAsync(async c => Assert.False(await c.Blurrings.AnyAsync(b => b.PatientId == Alive)));
    }

    [Fact]
    public async Task A_card_whose_care_provider_is_not_a_cvrnumber_is_refused_even_if_the_number_is_listed()
    {
        var (_, error, _) = await _host.SendAsync(
            new CreateBlurringCommand(Alive, DateTimeOffset.UtcNow.AddDays(1)),
            IdsasTestHost.SystemCard(format: "medcom:ynumber"));

        var refusal = Assert.IsType<NotAuthorizedException>(error);
        Assert.Contains("cvrnumber", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 1, "patientId")]
    [InlineData("3213801234", 1, "patientId")]
    [InlineData("010180-1234", 1, "patientId")]
    [InlineData(Alive, -1, "endDateTime")]
    [InlineData(Alive, 91, "endDateTime")]
    [InlineData(Unknown, 1, "patientId")]
    [InlineData(Dead, 1, "patientId")]
    public async Task An_invalid_registration_is_refused_naming_the_field(string? patientId, int days, string field)
    {
        var (_, error, _) = await _host.SendAsync(
            new CreateBlurringCommand(patientId, DateTimeOffset.UtcNow.AddDays(days)), IdsasTestHost.SystemCard());

        var invalid = Assert.IsType<RequestValidationException>(error);
        Assert.Equal([field], invalid.Errors.Keys);
    }

    [Fact]
    public async Task A_missing_end_date_is_refused()
    {
        var (_, error, _) = await _host.SendAsync(new CreateBlurringCommand(Alive, null), IdsasTestHost.SystemCard());

        Assert.Equal(["endDateTime"], Assert.IsType<RequestValidationException>(error).Errors.Keys);
    }

    [Fact]
    public async Task PersonInformation_down_is_a_dependency_failure_and_nothing_is_written()
    {
        _persons.Server.Fail(503);
        try
        {
            var (_, error, _) = await _host.SendAsync(new CreateBlurringCommand(Alive3, DateTimeOffset.UtcNow.AddDays(1)), IdsasTestHost.SystemCard());
            Assert.IsType<DependencyUnavailableException>(error);
        }
        finally
        {
            _persons.Server.Answer();
        }

        await _host.WithContextAsync(async c => Assert.False(await c.Blurrings.AnyAsync(b => b.PatientId == Alive3)));
    }

    [Fact]
    public async Task Lookup_finds_the_active_organisations_and_audits_whether_it_found_any()
    {
        await _host.SendOkAsync(new CreateBlurringCommand(Alive4, DateTimeOffset.UtcNow.AddDays(5)), IdsasTestHost.SystemCard());
        await _host.WithContextAsync(c =>
        {
            // An ended blurring of another organisation is not active.
            c.Blurrings.Add(Domain.Idsas.Blurrings.Blurring.Create(Alive4, null, "87654321", DateTime.UtcNow.AddMinutes(-1), DateTime.UtcNow.AddDays(-3)));
            return Task.CompletedTask;
        });

        var (found, _, audit) = await _host.SendAsync(new GetBlurredOrganisationsQuery(Alive4), IdsasTestHost.SystemCard(cvr: "11111111"));
        var (none, _, noneAudit) = await _host.SendAsync(new GetBlurredOrganisationsQuery(Unknown), IdsasTestHost.SystemCard());

        Assert.Equal([IdsasTestHost.WhitelistedCvr], found!.OrganisationCvrs);
        Assert.Empty(none!.OrganisationCvrs);
        Assert.Equal(
            [("patient-id", AuditInformationType.RPI, Alive4), ("patient-id-source", AuditInformationType.RPI, "cpr"), ("active-blurrings-found", AuditInformationType.RPI, "true")],
            audit.Component("IDSAS").Context("getBlurredOrganisations").Information.Select(i => (i.Key, i.Type, i.Value!)));
        Assert.Contains(noneAudit.Component("IDSAS").Context("getBlurredOrganisations").Information, i => i.Key == "active-blurrings-found" && i.Value == "false");
    }

    [Fact]
    public async Task Lookup_refuses_a_system_not_in_its_allowed_list_and_a_bad_cpr()
    {
        var (_, notAllowed, _) = await _host.SendAsync(new GetBlurredOrganisationsQuery(Alive), IdsasTestHost.SystemCard(system: "Service Consumer Test"));
        var (_, padded, _) = await _host.SendAsync(new GetBlurredOrganisationsQuery(Alive), IdsasTestHost.SystemCard(system: " DRG"));
        var (_, badCpr, _) = await _host.SendAsync(new GetBlurredOrganisationsQuery("12"), IdsasTestHost.SystemCard(system: "DRG"));

        Assert.IsType<NotAuthorizedException>(notAllowed);
        Assert.IsType<NotAuthorizedException>(padded);
        Assert.Equal(["patientId"], Assert.IsType<RequestValidationException>(badCpr).Errors.Keys);
    }
}
