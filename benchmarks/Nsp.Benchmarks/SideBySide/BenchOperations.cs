using System.Globalization;
using Nsp.Api.Idsas;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Idsas.Soap;
using Nsp.Api.Odr;
using Nsp.Api.Odr.FirstStart;
using Nsp.Api.Odr.Soap;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// Every read and write operation of the landed services, as a client sends it: IDSAS with the local sample system's
/// card (system, level 3), ODR with the sample health professional's (user, level 4, authorisation code). A new
/// service adds its operations here when it lands (issue 13).
/// </summary>
public static class BenchOperations
{
    private const string Subject = EnvelopeTemplate.SubjectMarker;

    public static IReadOnlyList<BenchOperation> All(NspHostOptions hostOptions, int perThreadPerRun)
    {
        string system = IdsasSampleRequest.Envelope(IdsasSoapContract.GetCurrentSalt, hostOptions, TimeProvider.System)
            ?? throw new InvalidOperationException("No IDSAS sample envelope.");
        string professional = OdrSampleRequest.Envelope(OdrSoapContract.HasOrganDonorRegistration, hostOptions, TimeProvider.System)
            ?? throw new InvalidOperationException("No ODR sample envelope.");
        const string Ns2023 = IdsasSoapContract.Namespace20230601;
        const string Ns2024 = IdsasSoapContract.Namespace20240124;
        string patient = $"<t:patientId><t:id>{Subject}</t:id><t:classification>CPR</t:classification></t:patientId>";
        string org = $"<t:org><t:id>{Subject}</t:id><t:classification>SOR</t:classification></t:org>";
        string endDate = DateTime.UtcNow.AddDays(30).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        // Lookups alternate between blurred citizens spread over the 1M rows and citizens without a blurring.
        IReadOnlyList<string> lookups = [.. Enumerable.Range(0, 1000).SelectMany(i => new[]
        {
            SubjectPool.Cprs(BenchData.BlurredFrom, i * (BenchData.BlurredCitizens / 1000), 1)[0],
            SubjectPool.Cprs(BenchData.UnblurredFrom, i, 1)[0],
        })];
        IReadOnlyList<string> departments = [.. Enumerable.Range(0, BenchData.OrgWriteIds).Select(BenchData.DepartmentId)];
        // ODR reads: registered citizens and citizens without a registration, in turn.
        IReadOnlyList<string> odrReads = [.. SubjectPool.Cprs(BenchData.OdrRegisteredFrom, 0, 1000)
            .Zip(SubjectPool.Cprs(BenchData.OdrCreateFrom, 0, 1000)).SelectMany(p => new[] { p.First, p.Second })];
        int freshCount = FreshPerPool(perThreadPerRun);

        return
        [
            Idsas("GetBlurredOrganisations", OperationKind.Read, IdsasLookupModule.Path20240124,
                $"<t:GetBlurredOrganisationsRequest xmlns:t=\"{Ns2024}\">{patient}</t:GetBlurredOrganisationsRequest>", new SubjectPool.Cycle(lookups)),
            Idsas("GetCurrentSalt", OperationKind.Read, IdsasSaltModule.Path20230601,
                $"<t:GetCurrentSaltRequest xmlns:t=\"{Ns2023}\"/>", SubjectPool.None),
            Idsas("ListAllActiveOrgBlurrings", OperationKind.Read, IdsasRegistrationModule.Path20240124,
                $"<t:ListAllActiveOrgBlurringsRequest xmlns:t=\"{Ns2024}\"/>", SubjectPool.None),
            Idsas("CreateBlurring", OperationKind.Write, IdsasRegistrationModule.Path20230601,
                $"<t:CreateBlurringRequest xmlns:t=\"{Ns2023}\">{patient}<t:endDateTime>{endDate}</t:endDateTime></t:CreateBlurringRequest>",
                new SubjectPool.Cycle(SubjectPool.Cprs(BenchData.BlurringWriteFrom, 0, BenchData.BlurringWriteCitizens)), PgbenchScripts.CreateBlurring()),
            Idsas("CreateOrgBlurring", OperationKind.Write, IdsasRegistrationModule.Path20240124,
                $"<t:CreateOrgBlurringRequest xmlns:t=\"{Ns2024}\">{org}</t:CreateOrgBlurringRequest>",
                new SubjectPool.Cycle(departments), PgbenchScripts.CreateOrgBlurring()),
            Idsas("RemoveOrgBlurring", OperationKind.Write, IdsasRegistrationModule.Path20240124,
                $"<t:RemoveOrgBlurringRequest xmlns:t=\"{Ns2024}\">{org}</t:RemoveOrgBlurringRequest>",
                new SubjectPool.Cycle(departments), PgbenchScripts.RemoveOrgBlurring(),
                // The departments CreateOrgBlurring blurred and RemoveOrgBlurring did not reach would otherwise grow
                // every later ListAllActiveOrgBlurrings answer.
                "DELETE FROM idsas.org_blurring WHERE org_id LIKE '9%'"),
            Odr(OdrSoapContract.GetOrganDonorRegistration, OperationKind.Read, new SubjectPool.Cycle(odrReads)),
            Odr(OdrSoapContract.HasOrganDonorRegistration, OperationKind.Read, new SubjectPool.Cycle(odrReads)),
            Odr(OdrSoapContract.CreateOrganDonorRegistration, OperationKind.Write,
                new SubjectPool.Fresh(SubjectPool.DaysFrom(BenchData.OdrCreateFrom, freshCount), perThreadPerRun), PgbenchScripts.CreateOrganDonorRegistration()),
            Odr(OdrSoapContract.UpdateOrganDonorRegistration, OperationKind.Write,
                new SubjectPool.Cycle(SubjectPool.Cprs(BenchData.OdrRegisteredFrom, 0, BenchData.OdrRegistered)), PgbenchScripts.UpdateOrganDonorRegistration()),
            Odr(OdrSoapContract.DeleteOrganDonorRegistration, OperationKind.Write,
                new SubjectPool.Fresh(SubjectPool.DaysFrom(BenchData.OdrDeleteFrom, freshCount), perThreadPerRun), PgbenchScripts.DeleteOrganDonorRegistration()),
            MinLogLookup.Operation(hostOptions),
            MinLogBulkRegistration.Operation(hostOptions),
        ];

        BenchOperation Idsas(string name, OperationKind kind, string path, string body, SubjectPool subjects, string? pgbench = null, string? reset = null) =>
            new("IDSAS", name, kind, path, EnvelopeTemplate.From(system, body), subjects, pgbench, reset);

        BenchOperation Odr(string name, OperationKind kind, SubjectPool subjects, string? pgbench = null)
        {
            string id = $"<id root=\"{OdrSoapContract.CprRoot}\" extension=\"{Subject}\" assigningAuthorityName=\"CPR\"/>";
            string registration = kind == OperationKind.Write && name != OdrSoapContract.DeleteOrganDonorRegistration
                ? "<organDonorRegistration><r:permissionType>FULL</r:permissionType></organDonorRegistration>"
                : string.Empty;
            string body = $"<o:{name}Request xmlns:o=\"{OdrSoapContract.Namespace}\" xmlns:r=\"{OdrSoapContract.OdrNamespace}\">{id}{registration}</o:{name}Request>";
            return new("ODR", name, kind, OdrModule.ServicePath, EnvelopeTemplate.From(professional, body), subjects, pgbench);
        }
    }

    /// <summary>How many fresh CPRs a pool needs: the warm-up and every connection level's run take two threads'
    /// stretches each.</summary>
    public static int FreshPerPool(int perThreadPerRun) => (SideBySideOptions.ConnectionLevelsMax + 1) * 2 * perThreadPerRun;

    /// <summary>Every CPR the runs name, for the PersonInformation files (IDSAS's CreateBlurring; every ODR call).</summary>
    public static IEnumerable<string> OdrKnownCitizens(int perThreadPerRun) =>
        SubjectPool.Cprs(BenchData.OdrRegisteredFrom, 0, BenchData.OdrRegistered)
            .Concat(SubjectPool.Cprs(BenchData.OdrCreateFrom, 0, FreshPerPool(perThreadPerRun)))
            .Concat(SubjectPool.Cprs(BenchData.OdrDeleteFrom, 0, FreshPerPool(perThreadPerRun)));
}
