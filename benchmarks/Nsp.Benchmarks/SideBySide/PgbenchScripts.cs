using System.Globalization;
using Nsp.Api.Idsas.FirstStart;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// pgbench scripts holding the SQL each write runs in its transaction, as EF Core's command log showed it on
/// 2026-12-07 (<c>Microsoft.EntityFrameworkCore.Database.Command</c> at Information; the MinLog outbox insert as
/// it is since issue 13's finding 8), with the parameters drawn the
/// same way: the database's own rate for the write, the yardstick of issue 13's write targets. The subjects are
/// CPR numbers of the same shape as the API's, from ranges the API's runs do not use where a repeat would be cheaper.
/// </summary>
public static class PgbenchScripts
{
    private const string WhitelistCheck =
        "SELECT EXISTS (SELECT 1 FROM idsas.whitelist AS w WHERE w.actor_id = '" + LocalSampleSystem.Cvr + "' AND w.type = 'BLURRING');";

    // A MinLog entry's outbox write (DESIGN 4.4): one insert that a retried call's regKode skips.
    private const string MinLogOutbox = """
        INSERT INTO odr.minlog_outbox (regkode, cprnrborger, bruger, ansvarlig, orgusingid, orgusingname, systemname, handling, sessionid, tidspunkt, created)
        VALUES (:regkode, :cpr, '0101801234', '', '12345674', 'Lokal sample organisation', 'LocalSampleSystem', 'Registrering i Organdonorregistret', :regkode, now(), now())
        ON CONFLICT (regkode) DO NOTHING;
        """;

    public static string CreateBlurring() => Script(
        Pick(BenchData.BlurringWriteFrom, BenchData.BlurringWriteCitizens),
        $"""
        BEGIN;
        {WhitelistCheck}
        INSERT INTO idsas.blurring (patient_id, patient_id_hashed, cvr, end_date, created, updated)
        VALUES (:cpr, NULL, '{LocalSampleSystem.Cvr}', now() + interval '30 days', now(), now())
        ON CONFLICT (patient_id, cvr) DO UPDATE SET
            end_date = excluded.end_date,
            patient_id_hashed = COALESCE(excluded.patient_id_hashed, blurring.patient_id_hashed),
            updated = excluded.updated;
        COMMIT;
        """);

    public static string CreateOrgBlurring() => Script(
        PickDepartment(),
        $"""
        BEGIN;
        {WhitelistCheck}
        INSERT INTO idsas.org_blurring (org_id, classification, created) VALUES (:org, 'SOR', now())
        ON CONFLICT (org_id, classification) WHERE removed_at IS NULL DO NOTHING;
        COMMIT;
        """);

    public static string RemoveOrgBlurring() => Script(
        PickDepartment(),
        $"""
        BEGIN;
        {WhitelistCheck}
        SELECT o.id, o.classification, o.created, o.org_id, o.removed_at FROM idsas.org_blurring AS o
        WHERE o.org_id = :org AND o.classification = 'SOR' AND o.removed_at IS NULL;
        UPDATE idsas.org_blurring SET removed_at = now() WHERE org_id = :org AND classification = 'SOR' AND removed_at IS NULL;
        COMMIT;
        """);

    // Fresh citizens: a range no registration and no API run uses, so nearly every insert inserts.
    public static string CreateOrganDonorRegistration() => Script(
        Pick(new DateOnly(1980, 1, 1), 1_000_000) + RegKode,
        $"""
        BEGIN;
        {InsertRegistration}
        {MinLogOutbox}
        COMMIT;
        """);

    // The 1M bulk registrations: nearly every close closes an active row.
    public static string UpdateOrganDonorRegistration() => Script(
        Pick(BenchData.OdrBulkFrom, BenchData.OdrBulkRegistrations) + RegKode,
        $"""
        BEGIN;
        {CloseRegistration}
        {InsertRegistration}
        {MinLogOutbox}
        COMMIT;
        """);

    public static string DeleteOrganDonorRegistration() => Script(
        Pick(BenchData.OdrBulkFrom, BenchData.OdrBulkRegistrations) + RegKode,
        $"""
        BEGIN;
        {CloseRegistration}
        {MinLogOutbox}
        COMMIT;
        """);

    private const string RegKode = "\\set r random(1, 9223372036854775807)\n";

    private const string CloseRegistration =
        "UPDATE odr.organdonorregistration AS o SET validto = now() WHERE o.cpr = :cpr AND o.validto IS NULL;";

    private const string InsertRegistration = """
        INSERT INTO odr.organdonorregistration (cpr, permissiontype, permissionforheart, permissionforlungs, permissionforliver,
            permissionforpancreas, permissionforkidneys, permissionforcornea, permissionforsmallintestine, permissionforskin,
            requiresrelativeacceptance, validfrom, validto)
        VALUES (:cpr, 'FULL', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, now(), NULL)
        ON CONFLICT (cpr) WHERE validto IS NULL DO NOTHING;
        """;

    /// <summary>AddRegistrations' bulk: the stored-regKode check, the organisation name by digest, and one insert of the
    /// entries (EF batches them), in one transaction.</summary>
    public static string AddRegistrationsBulk(int entries) => string.Create(CultureInfo.InvariantCulture, $"""
        \set r random(0, 1000000000)
        BEGIN;
        SELECT l.regkode FROM minlog.logentry AS l WHERE l.regkode = ANY (ARRAY(SELECT md5((:r)::text || i::text) FROM generate_series(1, {entries}) i));
        SELECT o.id, o.name FROM minlog.organisationname AS o WHERE o.digest = 42;
        INSERT INTO minlog.logentry (regkode, cprnrborger, bruger, orgusingid, systemname, handling, sessionid, tidspunkt, personidsource, userpersonidsource)
        SELECT md5((:r)::text || i::text), lpad(i::text, 10, '0'), '0000000000', '12345678', 'BenchSystem', 'Opslag i benchmark', 'session-' || i, now(), 'CPR', 'CPR'
        FROM generate_series(1, {entries}) i;
        COMMIT;
        """);

    /// <summary>pgbench substitutes <c>:name</c> variables textually into the prepared statement's parameters; an
    /// expression cannot be one, so the CPR is made by <c>\set</c> arithmetic: day number and serial.</summary>
    private static string Pick(DateOnly from, int count) => string.Create(CultureInfo.InvariantCulture, $"""
        \set i random(0, {count - 1})
        \set day {from.DayNumber - DateOnly.FromDateTime(new DateTime(1970, 1, 1)).DayNumber} + :i / {SubjectPool.SerialsPerDay}
        \set serial :i % {SubjectPool.SerialsPerDay}

        """);

    private static string PickDepartment() => string.Create(CultureInfo.InvariantCulture, $"""
        \set d random(0, {BenchData.OrgWriteIds - 1})

        """);

    private static string Script(string variables, string sql) => variables + sql
        .Replace(":cpr", "to_char(date '1970-01-01' + (:day)::int, 'DDMMYY') || lpad((:serial)::text, 4, '0')", StringComparison.Ordinal)
        .Replace(":org", "'9' || lpad((:d)::text, 8, '0')", StringComparison.Ordinal)
        .Replace(":regkode", "md5((:r)::text)", StringComparison.Ordinal);
}
