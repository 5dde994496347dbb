using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Tests.Unit.Idsas.Domain;

public sealed class BlurringTests
{
    private static readonly DateTime Now = new(2026, 11, 25, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_patient_id_that_is_not_a_cpr_is_refused_with_a_message_saying_so()
    {
        var error = Assert.Throws<ArgumentException>(() => Blurring.Create("12345", null, "33257872", Now.AddDays(1), Now));

        Assert.Contains("CPR", error.Message);
    }

    [Fact]
    public void A_cvr_with_a_letter_after_the_first_digit_is_refused_with_a_message_saying_so()
    {
        var error = Assert.Throws<ArgumentException>(() => Blurring.Create("1111111118", null, "3325787x", Now.AddDays(1), Now));

        Assert.Contains("CVR", error.Message);
    }

    [Fact]
    public void A_local_registration_time_is_refused_as_not_utc()
    {
        var error = Assert.Throws<ArgumentException>(
            () => Blurring.Create("1111111118", null, "33257872", Now.AddDays(1), DateTime.SpecifyKind(Now, DateTimeKind.Local)));

        Assert.Contains("UTC", error.Message);
    }
}
