using System.Xml;
using Nsp.Application.Shared.MinLog;
using Nsp.Infrastructure.MinLog.Registration.Remote;

namespace Nsp.Tests.Unit.MinLog.Registration;

public sealed class MinLogRegistrationEnvelopeTests
{
    private const string Assertion = "<saml:Assertion xmlns:saml=\"urn:oasis:names:tc:SAML:2.0:assertion\" id=\"IDCard\"><saml:Issuer>x</saml:Issuer></saml:Assertion>";

    private static readonly MinLogEntry Entry = new(
        "reg-1", "0101701234", null, "0101801234", "25450442", "Org & Co", "Sys", "Opslag", "flow-1",
        new DateTime(2026, 12, 1, 10, 0, 0, 5, DateTimeKind.Utc));

    [Theory]
    [InlineData("25450442", "CVR")]
    [InlineData("012345", "YDER")]
    [InlineData("123456789012345", "SOR")]
    [InlineData("ABC", "SOR")]
    public void The_organisations_source_is_derived_from_the_ids_shape(string id, string source) =>
        Assert.Equal(source, MinLogRegistrationEnvelope.OrganisationSource(id));

    [Fact]
    public void The_request_carries_the_card_untouched_and_one_unqualified_entry_per_outbox_row()
    {
        var document = new XmlDocument();
        document.LoadXml(MinLogRegistrationEnvelope.Build(Assertion, [Entry], "m-1"));

        Assert.Contains(Assertion, document.OuterXml, StringComparison.Ordinal);
        var request = (XmlElement)document.GetElementsByTagName("RegistrationRequest", MinLog2Wire.Namespace)[0]!;
        var destination = (XmlElement)request.GetElementsByTagName("Destination", string.Empty)[0]!;
        string Text(string name) => destination.GetElementsByTagName(name, string.Empty)[0]!.InnerText;
        string Source(string name) => ((XmlElement)destination.GetElementsByTagName(name, string.Empty)[0]!).GetAttribute("source");
        Assert.Equal(
            ("Sys", "Opslag", "2026-12-01T10:00:00.005Z", "25450442", "CVR", "Org & Co", "reg-1", "0000000000", "0101801234"),
            (Text("SystemName"), Text("Activity"), Text("DateTime"), Text("OrganisationId"), Source("OrganisationId"), Text("OrganisationName"), Text("SequenceNumber"), Text("UserPersonIdentifier"), Text("OnBehalfOfPersonIdentifier")));
    }

    [Fact]
    public void The_answer_is_read_for_its_counts_and_failures_and_garbage_is_malformed()
    {
        string answer = $"<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><ml:RegistrationResponse xmlns:ml=\"{MinLog2Wire.Namespace}\"><FailedLogDataEntries><FaultCode>invalid_length</FaultCode><FaultText>LogDataEntry 1: x</FaultText></FailedLogDataEntries><NumberAdded>2</NumberAdded><NumberFailed>1</NumberFailed></ml:RegistrationResponse></soap:Body></soap:Envelope>";

        var (added, failed, faults) = MinLogRegistrationEnvelope.ReadResponse(answer);

        Assert.Equal((2, 1, "invalid_length: LogDataEntry 1: x"), (added, failed, Assert.Single(faults)));
        Assert.Throws<FormatException>(() => MinLogRegistrationEnvelope.ReadResponse("<html/>"));
        Assert.Throws<FormatException>(() => MinLogRegistrationEnvelope.ReadResponse("not xml"));
    }
}
