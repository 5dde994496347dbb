using Nsp.Application.Shared.NationalServices.DigitalPost;
using Nsp.Domain.Shared.Persons;

namespace Nsp.Tests.Unit.Shared.DigitalPost;

public sealed class DigitalPostLetterTests
{
    private static readonly Cpr Recipient = Cpr.Parse("0101701234");

    [Fact]
    public void A_random_uuid_is_accepted_and_the_cpr_source_is_the_default()
    {
        var letter = new DigitalPostLetter(Guid.NewGuid(), Recipient, "T");

        Assert.Equal("1.2.208.176.1.2", letter.RecipientIdSource);
        Assert.Null(letter.TemplatePhysical);
        Assert.Empty(letter.RecipientDetails);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("0192f0c4-5b1e-7c3a-8f00-000000000001")] // version 7
    [InlineData("3f2504e0-4f89-41d3-ca0c-0305e82c3301")] // version 4, but not the RFC 4122 variant
    public void A_message_id_that_is_not_a_version_4_uuid_is_refused(string id)
    {
        Assert.Throws<ArgumentException>(() => new DigitalPostLetter(Guid.Parse(id), Recipient, "T"));
    }

    [Fact]
    public void Blank_templates_and_keys_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new DigitalPostLetter(Guid.NewGuid(), Recipient, " "));
        Assert.Throws<ArgumentException>(() => new DigitalPostLetter(Guid.NewGuid(), Recipient, "T", " "));
        Assert.Throws<ArgumentException>(() => new DigitalPostLetter(Guid.NewGuid(), Recipient, "T", recipientDetails: [new(" ", "v")]));
    }

    [Fact]
    public void A_recipient_and_a_recipient_id_source_are_required()
    {
        Assert.Throws<ArgumentNullException>(() => new DigitalPostLetter(Guid.NewGuid(), null!, "T"));
        Assert.Equal("recipientIdSource", Assert.Throws<ArgumentException>(() => new DigitalPostLetter(Guid.NewGuid(), Recipient, "T", recipientIdSource: " ")).ParamName);
    }

    [Fact]
    public void Each_refusal_says_what_is_wrong_and_names_the_argument()
    {
        var badId = Assert.Throws<ArgumentException>(() => new DigitalPostLetter(Guid.Empty, Recipient, "T"));
        var blankPhysical = Assert.Throws<ArgumentException>(() => new DigitalPostLetter(Guid.NewGuid(), Recipient, "T", " "));
        var blankKey = Assert.Throws<ArgumentException>(() => new DigitalPostLetter(Guid.NewGuid(), Recipient, "T", templateDetails: [new(" ", "v")]));

        Assert.Equal(("messageId", "The message id must be a version 4 UUID."), (badId.ParamName, badId.Message.Split(" (")[0]));
        Assert.Equal(("templatePhysical", "The physical template is blank; leave it out instead."), (blankPhysical.ParamName, blankPhysical.Message.Split(" (")[0]));
        Assert.Equal(("templateDetails", "Every detail needs a key and a value."), (blankKey.ParamName, blankKey.Message.Split(" (")[0]));
    }

    [Fact]
    public void Details_are_copied_so_the_caller_cannot_change_a_letter_afterwards()
    {
        var details = new List<KeyValuePair<string, string>> { new("k", "v") };
        var letter = new DigitalPostLetter(Guid.NewGuid(), Recipient, "T", templateDetails: details);

        details.Add(new("k2", "v2"));

        Assert.Single(letter.TemplateDetails);
    }

    [Fact]
    public void The_letters_text_form_leaves_the_cpr_out()
    {
        var letter = new DigitalPostLetter(Guid.NewGuid(), Recipient, "ODR/x");

        Assert.DoesNotContain("0101701234", letter.ToString(), StringComparison.Ordinal);
        Assert.Contains(letter.MessageId.ToString(), letter.ToString(), StringComparison.Ordinal);
    }
}
