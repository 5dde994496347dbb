using FluentValidation;
using Nsp.Application.Odr.Audit;
using Nsp.Application.Odr.Registrations;
using Nsp.Application.Odr.Registrations.CreateOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.DeleteOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.GetOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.HasOrganDonorRegistration;
using Nsp.Application.Odr.Registrations.UpdateOrganDonorRegistration;
using Nsp.Application.Shared.Audit;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Domain.Odr.Registrations;
using Nsp.Domain.Shared.Persons;
using Nsp.Tests.Unit.Shared;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Nsp.Tests.Unit.Odr.Registrations;

public sealed class RegistrationValidationTests
{
    // 23:30 UTC on 7 December is 8 December in Denmark: the age rule uses the Danish date.
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 23, 30, 0, TimeSpan.Zero);
    private const string Donor = OdrCallers.DonorCpr;

    private readonly IPersonInformationClient _persons = Substitute.For<IPersonInformationClient>();
    private readonly AuditRecordAccessor _audit = new(TimeProvider.System);
    private readonly AuditRecord _record;

    public RegistrationValidationTests()
    {
        _record = _audit.Open(OdrAudit.Category);
        Known(Donor, "01");
    }

    public static TheoryData<string> AllOperations() => ["create", "update", "delete", "get", "has"];

    private void Known(string cpr, string status) =>
        _persons.GetStatusAsync(Cpr.Parse(cpr), Arg.Any<CancellationToken>())
            .Returns(new PersonStatus(Cpr.Parse(cpr), CivilRegistrationStatus.Parse(status), null));

    private OdrIdValidation Ids() => new(_persons, _audit, new ManualTimeProvider(Now));

    private Task<FluentValidation.Results.ValidationResult> ValidateAsync(
        string operation, string? id, string? authority = "CPR", string? permissionType = "FULL", OrganPermissions? organs = null, bool? relatives = null,
        string? root = null) =>
        operation switch
        {
            "create" => new CreateOrganDonorRegistrationValidator(Ids()).ValidateAsync(new CreateOrganDonorRegistrationCommand(id, authority, permissionType, organs, relatives) { Root = root }),
            "update" => new UpdateOrganDonorRegistrationValidator(Ids()).ValidateAsync(new UpdateOrganDonorRegistrationCommand(id, authority, permissionType, organs, relatives) { Root = root }),
            "delete" => new DeleteOrganDonorRegistrationValidator(Ids()).ValidateAsync(new DeleteOrganDonorRegistrationCommand(id, authority) { Root = root }),
            "get" => new GetOrganDonorRegistrationValidator(Ids()).ValidateAsync(new GetOrganDonorRegistrationQuery(id, authority) { Root = root }),
            _ => new HasOrganDonorRegistrationValidator(Ids()).ValidateAsync(new HasOrganDonorRegistrationQuery(id, authority) { Root = root }),
        };

    private List<AuditInformation> ValidateCprKeys() =>
        _record.Components.SelectMany(c => c.Contexts).Where(c => c.Name == OdrAudit.ValidateCprContext).SelectMany(c => c.Information).ToList();

    [Theory]
    [MemberData(nameof(AllOperations))]
    public async Task A_known_active_adult_passes_every_operation(string operation) =>
        Assert.True((await ValidateAsync(operation, Donor)).IsValid);

    [Theory]
    [InlineData("create", null)]
    [InlineData("update", "")]
    [InlineData("delete", "123456789")]
    [InlineData("get", "010180-1234")]
    [InlineData("has", "3201801234")]
    [InlineData("has", "01018O1234")]
    public async Task An_id_that_is_not_a_cpr_fails_on_id_without_asking_PersonInformation(string operation, string? id)
    {
        var result = await ValidateAsync(operation, id);

        Assert.Equal(["id"], result.Errors.Select(e => e.PropertyName).Distinct());
        await _persons.DidNotReceiveWithAnyArgs().GetStatusAsync(default!, default);
    }

    [Theory]
    [InlineData("create", null)]
    [InlineData("get", "cpr")]
    [InlineData("has", "CVR")]
    public async Task The_assigning_authority_must_be_CPR(string operation, string? authority)
    {
        var result = await ValidateAsync(operation, Donor, authority);

        Assert.Contains("assigningAuthorityName", Assert.Single(result.Errors).ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("id", result.Errors[0].PropertyName);
    }

    [Theory]
    [InlineData("create", "1.2.3")]
    [InlineData("get", "1.2.208.176.1.3")]
    [InlineData("has", "")]
    public async Task A_root_other_than_the_cpr_registers_fails_on_id_without_asking_PersonInformation(string operation, string root)
    {
        var result = await ValidateAsync(operation, Donor, root: root);

        Assert.StartsWith("id root must be 1.2.208.176.1.2", Assert.Single(result.Errors).ErrorMessage, StringComparison.Ordinal);
        Assert.Equal("id", result.Errors[0].PropertyName);
        await _persons.DidNotReceiveWithAnyArgs().GetStatusAsync(default!, default);
    }

    [Theory]
    [InlineData("has", null)]
    [InlineData("create", "1.2.208.176.1.2")]
    public async Task An_absent_root_or_the_cpr_registers_passes(string operation, string? root) =>
        Assert.True((await ValidateAsync(operation, Donor, root: root)).IsValid);

    [Theory]
    [InlineData("delete", null)]
    [InlineData("has", "")]
    public async Task A_missing_extension_fails_on_id(string operation, string? id) =>
        Assert.StartsWith("id extension must carry the CPR number", Assert.Single((await ValidateAsync(operation, id)).Errors).ErrorMessage, StringComparison.Ordinal);

    [Fact]
    public async Task A_cpr_that_fails_modulus_11_is_accepted()
    {
        // 0101801234 fails the modulus-11 check (DESIGN 4.9: not applied).
        Assert.True((await ValidateAsync("has", Donor)).IsValid);
    }

    [Theory]
    [MemberData(nameof(AllOperations))]
    public async Task An_unknown_cpr_is_refused_everywhere_and_audited_as_cpr_does_not_exist(string operation)
    {
        _persons.GetStatusAsync(Cpr.Parse(OdrCallers.OtherCpr), Arg.Any<CancellationToken>()).Returns((PersonStatus?)null);

        var result = await ValidateAsync(operation, OdrCallers.OtherCpr);

        Assert.Equal("id", Assert.Single(result.Errors).PropertyName);
        var key = Assert.Single(ValidateCprKeys());
        Assert.Equal((OdrAudit.CprDoesNotExist, AuditInformationType.SPI, OdrCallers.OtherCpr), (key.Key, key.Type, key.Value));
    }

    [Theory]
    [InlineData("create", "90", false)]
    [InlineData("update", "80", false)]
    [InlineData("create", "70", false)]
    [InlineData("update", "03", true)]
    [InlineData("create", "07", true)]
    [InlineData("delete", "90", true)]
    [InlineData("get", "90", true)]
    [InlineData("has", "80", true)]
    public async Task An_inactive_cpr_is_refused_only_when_the_registration_changes(string operation, string status, bool valid)
    {
        Known(Donor, status);

        var result = await ValidateAsync(operation, Donor);

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            var key = Assert.Single(ValidateCprKeys());
            Assert.Equal((OdrAudit.CprInactive, AuditInformationType.SPI, Donor), (key.Key, key.Type, key.Value));
        }
        else
        {
            Assert.Empty(ValidateCprKeys());
        }
    }

    [Theory]
    [InlineData("create", "0812114234", true)]
    [InlineData("update", "0812114234", true)]
    [InlineData("create", "0912114234", false)]
    [InlineData("update", "0912114234", false)]
    [InlineData("has", "0912114234", true)]
    [InlineData("delete", "0912114234", true)]
    public async Task Create_and_update_need_the_15th_birthday_by_the_danish_date(string operation, string cpr, bool valid)
    {
        Known(cpr, "01");

        var result = await ValidateAsync(operation, cpr);

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("id", e.PropertyName));
    }

    [Theory]
    [MemberData(nameof(AllOperations))]
    public async Task PersonInformation_down_is_a_dependency_failure_not_a_validation_error(string operation)
    {
        _persons.GetStatusAsync(Arg.Any<Cpr>(), Arg.Any<CancellationToken>()).Throws(new PersonInformationUnavailableException("down"));

        var error = await Assert.ThrowsAsync<DependencyUnavailableException>(() => ValidateAsync(operation, Donor));

        Assert.Equal(("PersonInformation", "PersonInformation could not be asked about id."), (error.Dependency, error.Message));
    }

    [Theory]
    [InlineData("create", null, "permissionType")]
    [InlineData("update", "PARTIAL", "permissionType")]
    [InlineData("create", "LIMITED", "organPermissions")]
    [InlineData("update", "LIMITED_WITH_RESEARCH", "organPermissions")]
    public async Task Content_rules_name_their_field(string operation, string? permissionType, string field)
    {
        var result = await ValidateAsync(operation, Donor, permissionType: permissionType);

        Assert.Equal(field, Assert.Single(result.Errors).PropertyName);
    }

    [Fact]
    public async Task Organ_flags_on_a_full_registration_and_relatives_acceptance_on_none_are_refused()
    {
        var full = await ValidateAsync("create", Donor, permissionType: "FULL", organs: new OrganPermissions(Liver: true));
        var none = await ValidateAsync("update", Donor, permissionType: "NONE", relatives: true);
        var limited = await ValidateAsync("create", Donor, permissionType: "LIMITED", organs: new OrganPermissions(Cornea: true), relatives: false);

        Assert.Equal("organPermissions", Assert.Single(full.Errors).PropertyName);
        Assert.Equal("requiresRelativeAcceptance", Assert.Single(none.Errors).PropertyName);
        Assert.True(limited.IsValid);
    }

    [Fact]
    public async Task Content_and_id_failures_are_reported_together()
    {
        var result = await ValidateAsync("create", "99", permissionType: "LIMITED");

        Assert.Equal(["id", "organPermissions"], result.Errors.Select(e => e.PropertyName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_validator_needs_the_id_validation()
    {
        Assert.Throws<ArgumentNullException>(() => new CreateOrganDonorRegistrationValidator(null!));
        Assert.Throws<ArgumentNullException>(() => new UpdateOrganDonorRegistrationValidator(null!));
        Assert.Throws<ArgumentNullException>(() => new DeleteOrganDonorRegistrationValidator(null!));
        Assert.Throws<ArgumentNullException>(() => new GetOrganDonorRegistrationValidator(null!));
        Assert.Throws<ArgumentNullException>(() => new HasOrganDonorRegistrationValidator(null!));
    }

    [Fact]
    public async Task The_id_validation_needs_a_request()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(() => Ids().ProblemsAsync(null!, changesRegistration: false, CancellationToken.None));
    }
}
