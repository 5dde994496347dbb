using Nsp.Application.Shared.Errors;

namespace Nsp.Tests.Unit.Shared.Errors;

public sealed class RequestValidationExceptionTests
{
    [Fact]
    public void The_message_lists_every_fields_messages_with_the_fields_in_ordinal_order()
    {
        var errors = new Dictionary<string, string[]>
        {
            ["patientId"] = ["is required.", "must be a CPR number."],
            ["endDateTime"] = ["must be ahead."],
        };

        var exception = new RequestValidationException(errors);

        Assert.Equal("endDateTime: must be ahead. patientId: is required. patientId: must be a CPR number.", exception.Message);
        Assert.Same(errors, exception.Errors);
    }

    [Fact]
    public void One_field_and_message_make_one_group()
    {
        var exception = new RequestValidationException("orgId", "org id is required.");

        Assert.Equal("orgId: org id is required.", exception.Message);
        Assert.Equal(["org id is required."], Assert.Single(exception.Errors).Value);
    }

    [Fact]
    public void Without_errors_the_request_is_just_invalid()
    {
        var exception = new RequestValidationException();

        Assert.Equal("The request is invalid.", exception.Message);
        Assert.Empty(exception.Errors);
    }

    [Fact]
    public void A_plain_message_has_no_field_errors()
    {
        var inner = new FormatException("bad");

        var plain = new RequestValidationException("no body");
        var wrapped = new RequestValidationException("no body", inner);

        Assert.Equal(("no body", 0), (plain.Message, plain.Errors.Count));
        Assert.Equal(("no body", 0), (wrapped.Message, wrapped.Errors.Count));
        Assert.Same(inner, wrapped.InnerException);
    }
}
