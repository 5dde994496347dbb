using Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;

namespace Nsp.Tests.Unit.Idsas.Blurrings.GetBlurredOrganisations;

public sealed class GetBlurredOrganisationsValidatorTests
{
    private readonly GetBlurredOrganisationsValidator _validator = new();

    [Fact]
    public void A_cpr_of_ten_digits_is_accepted()
    {
        Assert.True(_validator.Validate(new GetBlurredOrganisationsQuery("1111111118")).IsValid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_missing_patient_id_is_required(string? patientId)
    {
        var error = Assert.Single(_validator.Validate(new GetBlurredOrganisationsQuery(patientId)).Errors);

        Assert.Equal(("patientId", "patientId is required."), (error.PropertyName, error.ErrorMessage));
    }

    [Theory]
    [InlineData("111111-1118")]
    [InlineData("3213801234")]
    [InlineData("11111111")]
    public void A_patient_id_that_is_not_ten_digits_with_a_valid_date_is_refused(string patientId)
    {
        var error = Assert.Single(_validator.Validate(new GetBlurredOrganisationsQuery(patientId)).Errors);

        Assert.Equal(
            ("patientId", "patientId must be a CPR number: 10 digits without hyphen, the first six a valid date."),
            (error.PropertyName, error.ErrorMessage));
    }
}
