using System.Xml;
using Microsoft.AspNetCore.Http;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Idsas.Salts;
using Nsp.Application.Shared.Errors;

namespace Nsp.Tests.Unit.Shared.Soap;

public sealed class SoapFaultMapperTests
{
    public static TheoryData<Exception, string, bool> Table => new()
    {
        { new SoapFaultException(SoapFaultCodes.MissingRequiredHeader, "no header"), SoapFaultCodes.MissingRequiredHeader, true },
        { new XmlException("bad"), SoapFaultCodes.SyntaxError, true },
        { new BadHttpRequestException("Request body too large.", 413), SoapFaultCodes.SyntaxError, true },
        { new IdCardRejectedException(DgwsFaultCodes.ExpiredIdCard, "expired"), SoapFaultCodes.ExpiredIdCard, true },
        { new IdCardRejectedException(DgwsFaultCodes.InvalidCertificate, "untrusted"), SoapFaultCodes.InvalidCertificate, true },
        { new NotAuthorizedException("not whitelisted"), SoapFaultCodes.NotAuthorized, true },
        { new RequestValidationException("patientId", "must be a CPR"), SoapFaultCodes.ProcessingProblem, true },
        { new DependencyUnavailableException("SORES", "SORES timed out."), SoapFaultCodes.ProcessingProblem, false },
        { new InvalidOperationException("boom"), SoapFaultCodes.ProcessingProblem, false },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_exception_maps_to_its_fault_code_and_side(Exception exception, string faultCode, bool sender)
    {
        var fault = SoapFaultMapper.Map(exception, out _);

        Assert.Equal(faultCode, fault.FaultCode);
        Assert.Equal(sender, fault.SenderFault);
    }

    [Fact]
    public void No_salt_yet_is_a_server_processing_problem_telling_operations_to_call_renew_salt()
    {
        var fault = SoapFaultMapper.Map(new NoCurrentSaltException(), out bool internalError);

        Assert.False(internalError);
        Assert.False(fault.SenderFault);
        Assert.Equal(SoapFaultCodes.ProcessingProblem, fault.FaultCode);
        Assert.Contains("renew-salt", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_an_untyped_exception_is_an_internal_error_and_its_message_is_not_shown()
    {
        var fault = SoapFaultMapper.Map(new InvalidOperationException("Password=hunter2"), out bool internalError);
        SoapFaultMapper.Map(new NotAuthorizedException("no"), out bool typedInternal);

        Assert.True(internalError);
        Assert.False(typedInternal);
        Assert.Equal(SoapFaultMapper.InternalErrorMessage, fault.Message);
    }

    [Fact]
    public void A_validation_fault_names_every_field_and_rule()
    {
        var exception = new RequestValidationException(new Dictionary<string, string[]>
        {
            ["patientId"] = ["must be a CPR", "must be active"],
            ["endDateTime"] = ["must lie in the future"],
        });

        string message = SoapFaultMapper.Map(exception, out _).Message;

        Assert.Contains("patientId: must be a CPR", message, StringComparison.Ordinal);
        Assert.Contains("patientId: must be active", message, StringComparison.Ordinal);
        Assert.Contains("endDateTime: must lie in the future", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_fault_names_the_dependency_and_advises_a_retry_only_when_told()
    {
        string plain = SoapFaultMapper.Map(new DependencyUnavailableException("PersonInformation", "No answer."), out _).Message;
        string retry = SoapFaultMapper.Map(new DependencyUnavailableException("Kafka", "Not confirmed.") { RetryAdvised = true }, out _).Message;

        Assert.Contains("PersonInformation", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("retry", plain, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Kafka", retry, StringComparison.Ordinal);
        Assert.Contains("retry the call", retry, StringComparison.Ordinal);
    }
}
