using System.Xml;
using System.Xml.Linq;
using Nsp.Api.Shared.Security;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Unit.Shared.Soap;

public sealed class SoapOperationNameTests
{
    [Theory]
    [InlineData("http://sundhedsdatastyrelsen.dk/identitetssloering/2023/06/01#CreateBlurring", "CreateBlurring")]
    [InlineData("urn:ihe:iti:2007:RegisterDocumentSet-b", "RegisterDocumentSet-b")]
    [InlineData("http://example.org/service/Ping", "Ping")]
    [InlineData("http://example.org/service/", "CreateBlurring")]
    public void The_bare_name_is_the_actions_last_segment_or_else_the_element_without_request(string action, string expected)
    {
        Assert.Equal(expected, Operation("CreateBlurringRequest", action).Name);
    }

    [Theory]
    [InlineData("CreateBlurringRequest", "CreateBlurring")]
    [InlineData("Request", "Request")]
    [InlineData("Ping", "Ping")]
    public void Without_an_action_the_bare_name_is_the_request_element_without_its_suffix(string element, string expected)
    {
        Assert.Equal(expected, Operation(element, null).Name);
    }

    [Theory]
    [InlineData("urn:a#Create", true)]
    [InlineData("Create", true)]
    [InlineData("create", false)]
    [InlineData("urn:a#Remove", false)]
    [InlineData("urn:b#Create", false)]
    public void An_operation_is_named_by_its_wsdl_action_and_its_bare_name_exactly(string stated, bool named)
    {
        Assert.Equal(named, Operation("CreateRequest", "urn:a#Create").IsNamedBy(stated));
    }

    private static SoapOperation Operation(string element, string? action) =>
        new(new XmlQualifiedName(element, "urn:test"), action, null, IdCardRequirements.SystemLevel3, (_, _) => Task.FromResult(new SoapResponseBody(new XElement("x"))));
}
