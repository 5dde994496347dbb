using Microsoft.EntityFrameworkCore;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.DeleteOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;
using Nsp.Domain.Odr;
using Nsp.Domain.Odr.Registrations;
using Nsp.Infrastructure.Shared.Persistence;
using Nsp.Tests.Integration.Shared;

namespace Nsp.Tests.Integration.Odr.Core;

/// <summary>The five registration messages through the real pipeline (access, validation, unit of work, MinLog) on
/// PostgreSQL: history rows, refusals that write nothing, audit keys and MinLog outbox rows.</summary>
public sealed class RegistrationPipelineTests(OdrCoreDatabase<RegistrationPipelineTests> database)
    : IClassFixture<OdrCoreDatabase<RegistrationPipelineTests>>
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static Task<List<OrganDonorRegistration>> RowsAsync(OdrCoreTestHost host, string cpr) =>
        host.WithContextAsync(c => c.Registrations.AsNoTracking().Where(r => r.Cpr == cpr).OrderBy(r => r.Id).ToListAsync());

    private static Task<List<MinLogOutboxRecord>> MinLogAsync(OdrCoreTestHost host, string cpr) =>
        host.WithContextAsync(c => c.Set<MinLogOutboxRecord>().AsNoTracking().Where(r => r.CprNrBorger == cpr).OrderBy(r => r.Id).ToListAsync());

    [Fact]
    public async Task Each_change_closes_one_row_and_history_keeps_every_row()
    {
        const string Cpr = "0101701111";
        var time = new ManualTimeProvider(Start);
        await using var host = OdrCoreTestHost.Start(database.Options, time);
        host.Persons.Add(Cpr);
        var professional = OdrCoreTestHost.HealthProfessional();

        await host.SendOkAsync(new CreateOrganDonorRegistrationCommand(Cpr, "CPR", "FULL", null, true), professional);
        var afterCreate = await RowsAsync(host, Cpr);
        time.Advance(TimeSpan.FromMinutes(1));
        await host.SendOkAsync(new UpdateOrganDonorRegistrationCommand(Cpr, "CPR", "LIMITED", new OrganPermissions(Kidneys: true), null), professional);
        var afterUpdate = await RowsAsync(host, Cpr);
        time.Advance(TimeSpan.FromMinutes(1));
        await host.SendOkAsync(new UpdateOrganDonorRegistrationCommand(Cpr, "CPR", "NONE", null, null), professional);
        time.Advance(TimeSpan.FromMinutes(1));
        await host.SendOkAsync(new DeleteOrganDonorRegistrationCommand(Cpr, "CPR"), professional);
        var afterDelete = await RowsAsync(host, Cpr);

        Assert.Null(Assert.Single(afterCreate).ValidTo);
        Assert.Equal([Start.AddMinutes(1).UtcDateTime, null], afterUpdate.Select(r => r.ValidTo));
        Assert.Equal(
            [
                (PermissionType.Full, Start.UtcDateTime, (DateTime?)Start.AddMinutes(1).UtcDateTime),
                (PermissionType.Limited, Start.AddMinutes(1).UtcDateTime, Start.AddMinutes(2).UtcDateTime),
                (PermissionType.None, Start.AddMinutes(2).UtcDateTime, Start.AddMinutes(3).UtcDateTime),
            ],
            afterDelete.Select(r => (r.PermissionType, r.ValidFrom, r.ValidTo)));
        Assert.True(afterDelete[1].PermissionForKidneys);
        Assert.True(afterDelete[0].RequiresRelativeAcceptance);

        var has = await host.SendOkAsync(new HasOrganDonorRegistrationQuery(Cpr, "CPR"), professional);
        Assert.False(has.RegistrationExists);
    }

    [Fact]
    public async Task Create_when_active_and_update_or_delete_when_none_are_refused_and_change_nothing()
    {
        const string Cpr = "0202702222";
        await using var host = OdrCoreTestHost.Start(database.Options);
        host.Persons.Add(Cpr);
        var professional = OdrCoreTestHost.HealthProfessional();

        var (_, updateNone, _) = await host.SendAsync(new UpdateOrganDonorRegistrationCommand(Cpr, "CPR", "FULL", null, null), professional);
        var (_, deleteNone, _) = await host.SendAsync(new DeleteOrganDonorRegistrationCommand(Cpr, "CPR"), professional);
        await host.SendOkAsync(new CreateOrganDonorRegistrationCommand(Cpr, "CPR", "DONT_KNOW", null, null), professional);
        var (_, createAgain, _) = await host.SendAsync(new CreateOrganDonorRegistrationCommand(Cpr, "CPR", "FULL", null, null), professional);

        Assert.All([updateNone, deleteNone, createAgain], e => Assert.Equal(["id"], Assert.IsType<RequestValidationException>(e).Errors.Keys));
        var row = Assert.Single(await RowsAsync(host, Cpr));
        Assert.Equal((PermissionType.DontKnow, (DateTime?)null), (row.PermissionType, row.ValidTo));
        // Only the successful Create reached the MinLog behaviour.
        Assert.Equal(["Oprettelse i Organdonorregistret"], (await MinLogAsync(host, Cpr)).Select(m => m.Handling));
    }

    [Fact]
    public async Task A_professionals_calls_are_in_the_citizens_MinLog_and_the_citizens_own_are_not()
    {
        const string Cpr = "0303703333";
        await using var host = OdrCoreTestHost.Start(database.Options);
        host.Persons.Add(Cpr);
        var citizen = OdrCoreTestHost.Citizen(Cpr);
        var professional = OdrCoreTestHost.HealthProfessional();

        await host.SendOkAsync(new CreateOrganDonorRegistrationCommand(Cpr, "CPR", "FULL_WITH_RESEARCH", null, false), citizen);
        await host.SendOkAsync(new HasOrganDonorRegistrationQuery(Cpr, "CPR"), citizen);
        var read = await host.SendOkAsync(new GetOrganDonorRegistrationQuery(Cpr, "CPR"), professional);
        await host.SendOkAsync(new HasOrganDonorRegistrationQuery(Cpr, "CPR"), OdrCoreTestHost.SystemCard());

        Assert.Equal(PermissionType.FullWithResearch, read.Registration!.PermissionType);
        var entries = await MinLogAsync(host, Cpr);
        Assert.Equal(["Opslag i Organdonorregistret", "Forespørgsel om registrering i Organdonorregistret"], entries.Select(e => e.Handling));
        Assert.Equal(professional.SoapHeaders.FlowId, entries[0].SessionId);
        Assert.Equal(("1111111118", "Transplantationskoord"), (entries[0].Bruger, entries[0].SystemName));
        // The system card has no FlowID: the MessageID is the session.
        Assert.NotNull(entries[1].SessionId);
        Assert.Equal("0000000000", entries[1].Bruger);
    }

    [Fact]
    public async Task Refused_callers_write_nothing_and_are_audited_with_their_actor_keys()
    {
        const string Cpr = "0404704444";
        await using var host = OdrCoreTestHost.Start(database.Options);
        host.Persons.Add(Cpr);

        var (_, bySystem, systemAudit) = await host.SendAsync(new CreateOrganDonorRegistrationCommand(Cpr, "CPR", "FULL", null, null), OdrCoreTestHost.SystemCard());
        var (_, byOtherCitizen, _) = await host.SendAsync(new DeleteOrganDonorRegistrationCommand(Cpr, "CPR"), OdrCoreTestHost.Citizen("0505705555"));
        var (_, citizenGet, _) = await host.SendAsync(new GetOrganDonorRegistrationQuery(Cpr, "CPR"), OdrCoreTestHost.Citizen(Cpr));
        var (_, notAdmin, _) = await host.SendAsync(new HasOrganDonorRegistrationQuery(Cpr, "CPR", Admin: true), OdrCoreTestHost.HealthProfessional());
        var admin = OdrCoreTestHost.HealthProfessional() with { ItSystemName = OdrCoreTestHost.AdminSystem, UserAuthorizationCode = null };
        var (adminAnswer, adminError, adminAudit) = await host.SendAsync(new HasOrganDonorRegistrationQuery(Cpr, "CPR", Admin: true), admin);

        Assert.All([bySystem, byOtherCitizen, citizenGet, notAdmin], e => Assert.IsType<NotAuthorizedException>(e));
        Assert.Null(adminError);
        Assert.False(adminAnswer!.RegistrationExists);
        Assert.Empty(await RowsAsync(host, Cpr));
        var keys = systemAudit.Components.Single().Contexts.Single(c => c.Name == OdrAudit.CreateContext).Information.ToDictionary(i => i.Key, i => (i.Type, i.Value));
        Assert.Equal((AuditInformationType.RPI, Cpr), keys[OdrAudit.Cpr]);
        Assert.Equal((AuditInformationType.SPI, "FULL"), keys[OdrAudit.PermissionType]);
        Assert.Equal((AuditInformationType.NPI, "system"), keys[OdrAudit.ActorType]);
        Assert.Equal((AuditInformationType.NPI, "44444444"), keys[OdrAudit.ActorCvr]);
        Assert.Equal("admin", adminAudit.Components.Single().Contexts.Single().Information.Single(i => i.Key == OdrAudit.ActorType).Value);
    }

    [Fact]
    public async Task An_unknown_cpr_is_audited_in_validateCpr_and_a_deceased_donors_wish_stays_readable()
    {
        const string Unknown = "0606706666";
        const string Deceased = "0707707777";
        await using var host = OdrCoreTestHost.Start(database.Options);
        host.Persons.Add(Deceased);
        var professional = OdrCoreTestHost.HealthProfessional();
        await host.SendOkAsync(new CreateOrganDonorRegistrationCommand(Deceased, "CPR", "FULL", null, null), professional);
        host.Persons.Add(Deceased, "90");

        var (_, unknownError, unknownAudit) = await host.SendAsync(new HasOrganDonorRegistrationQuery(Unknown, "CPR"), professional);
        var (_, updateDeceased, deceasedAudit) = await host.SendAsync(new UpdateOrganDonorRegistrationCommand(Deceased, "CPR", "NONE", null, null), professional);
        var read = await host.SendOkAsync(new GetOrganDonorRegistrationQuery(Deceased, "CPR"), professional);

        Assert.Equal(["id"], Assert.IsType<RequestValidationException>(unknownError).Errors.Keys);
        var unknownKey = unknownAudit.Components.Single().Contexts.Single(c => c.Name == OdrAudit.ValidateCprContext).Information.Single();
        Assert.Equal((OdrAudit.CprDoesNotExist, AuditInformationType.SPI, Unknown), (unknownKey.Key, unknownKey.Type, unknownKey.Value));
        Assert.IsType<RequestValidationException>(updateDeceased);
        Assert.Contains(deceasedAudit.Components.Single().Contexts, c => c.Name == OdrAudit.ValidateCprContext && c.Information.Single().Key == OdrAudit.CprInactive);
        Assert.Equal(PermissionType.Full, read.Registration!.PermissionType);
    }
}
