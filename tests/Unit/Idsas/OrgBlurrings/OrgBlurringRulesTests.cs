using FluentValidation;
using Nsp.Application.Idsas.OrgBlurrings;

namespace Nsp.Tests.Unit.Idsas.OrgBlurrings;

public sealed class OrgBlurringRulesTests
{
    private sealed record Request(string? OrgId, string? Classification);

    private sealed class RequestValidator : AbstractValidator<Request>
    {
        public RequestValidator() => OrgBlurringRules.AddOrgRules(this, r => r.OrgId, r => r.Classification);
    }

    private static List<(string Field, string Message)> Errors(string? orgId, string? classification) =>
        new RequestValidator().Validate(new Request(orgId, classification)).Errors.Select(e => (e.PropertyName, e.ErrorMessage)).ToList();

    [Theory]
    [InlineData("SOR")]
    [InlineData("SHAK")]
    public void An_org_id_of_up_to_30_characters_with_SOR_or_SHAK_is_accepted(string classification)
    {
        Assert.Empty(Errors(new string('1', 30), classification));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Both_fields_are_required(string? missing)
    {
        Assert.Equal(
            [(OrgBlurringRules.OrgIdField, "org id is required."), (OrgBlurringRules.ClassificationField, "org classification is required.")],
            Errors(missing, missing));
    }

    [Theory]
    [InlineData(" 123")]
    [InlineData("123 ")]
    [InlineData("1234567890123456789012345678901")]
    public void An_org_id_with_surrounding_blanks_or_over_30_characters_is_refused(string orgId)
    {
        Assert.Equal(
            [(OrgBlurringRules.OrgIdField, "org id must be at most 30 characters without surrounding blanks.")],
            Errors(orgId, "SOR"));
    }

    [Theory]
    [InlineData("sor")]
    [InlineData("CVR")]
    public void A_classification_other_than_SOR_or_SHAK_is_refused(string classification)
    {
        Assert.Equal([(OrgBlurringRules.ClassificationField, "org classification must be SOR or SHAK.")], Errors("123", classification));
    }

    [Fact]
    public void The_rules_need_a_validator()
    {
        Assert.Throws<ArgumentNullException>(() => OrgBlurringRules.AddOrgRules<Request>(null!, r => r.OrgId, r => r.Classification));
    }
}
