using System.Xml;
using Nsp.Api.Odr.Soap;

namespace Nsp.Tests.Integration.Odr.Contract;

/// <summary>Our WSDLs against facts read from the public 2018-05-01 WSDL (trifork/fsk-online,
/// organdonor_service_2018_05_01.wsdl), hard-coded here rather than shipped.</summary>
public sealed class OdrWsdlTests
{
    private const string Wsdl = "http://schemas.xmlsoap.org/wsdl/";
    private const string Soap = "http://schemas.xmlsoap.org/wsdl/soap/";

    // The public WSDL: portType OrganDonorRegistrationPortType, binding OrganDonorRegistrationBinding, document style;
    // per operation X: operation X_2018_05_01, messages XRequest_2018_05_01 / XResponse_2018_05_01 with one part
    // named XRequest / XResponse for the element of that name; its (admin) binding's action ...#AdminX.
    private static readonly string[] PublicOperations =
    [
        "CreateOrganDonorRegistration", "UpdateOrganDonorRegistration", "DeleteOrganDonorRegistration",
        "GetOrganDonorRegistration", "HasOrganDonorRegistration",
    ];

    private const string PublicAdminAction = "http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#Admin";

    public static TheoryData<string, string> Wsdls() => new()
    {
        { OdrSoapContract.DgwsWsdl, "http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#" },
        { OdrSoapContract.IdwsWsdl, "http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#" },
        { OdrSoapContract.IdwsStandardWsdl, "http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#" },
        { OdrSoapContract.AdminWsdl, PublicAdminAction },
    };

    [Theory]
    [MemberData(nameof(Wsdls))]
    public void Each_wsdl_names_the_public_operations_messages_parts_and_actions(string resource, string actionPrefix)
    {
        var wsdl = Load(resource);
        var ns = Namespaces(wsdl);

        Assert.Equal("http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01/", wsdl.DocumentElement!.GetAttribute("targetNamespace"));
        Assert.NotNull(wsdl.SelectSingleNode("/wsdl:definitions/wsdl:portType[@name='OrganDonorRegistrationPortType']", ns));
        Assert.Equal("document", wsdl.SelectSingleNode("//wsdl:binding[@name='OrganDonorRegistrationBinding']/soap:binding/@style", ns)!.Value);
        Assert.Equal(
            PublicOperations.Select(o => o + "_2018_05_01"),
            Names(wsdl.SelectNodes("//wsdl:portType/wsdl:operation/@name", ns)!));
        Assert.Equal(
            PublicOperations.SelectMany(o => new[] { o + "Request_2018_05_01", o + "Response_2018_05_01" }),
            Names(wsdl.SelectNodes("/wsdl:definitions/wsdl:message[not(@name='IdwsFault')]/@name", ns)!));
        foreach (string operation in PublicOperations)
        {
            foreach (string kind in new[] { "Request", "Response" })
            {
                var part = (XmlElement)wsdl.SelectSingleNode($"/wsdl:definitions/wsdl:message[@name='{operation}{kind}_2018_05_01']/wsdl:part", ns)!;
                Assert.Equal(operation + kind, part.GetAttribute("name"));
                Assert.Equal(new XmlQualifiedName(operation + kind, OdrSoapContract.Namespace), Resolve(part, part.GetAttribute("element")));
            }

            string? action = wsdl.SelectSingleNode($"//wsdl:binding/wsdl:operation[@name='{operation}_2018_05_01']/soap:operation/@soapAction", ns)!.Value;
            Assert.Equal(actionPrefix + operation, action);
        }
    }

    [Fact]
    public void The_admin_actions_are_the_public_wsdl_s_and_the_contract_class_agrees() =>
        Assert.All(PublicOperations, o =>
        {
            Assert.Equal(PublicAdminAction + o, OdrSoapContract.AdminAction(o));
            Assert.Equal("http://sundhedsdatastyrelsen.dk/organdonor/2018/05/01#" + o, OdrSoapContract.Action(o));
        });

    [Theory]
    [InlineData(OdrSoapContract.IdwsWsdl, 5)]
    [InlineData(OdrSoapContract.IdwsStandardWsdl, 0)]
    [InlineData(OdrSoapContract.DgwsWsdl, 0)]
    [InlineData(OdrSoapContract.AdminWsdl, 0)]
    public void Only_the_idws_wsdl_declares_the_idws_fault(string resource, int faults)
    {
        var wsdl = Load(resource);
        var ns = Namespaces(wsdl);

        Assert.Equal(faults, wsdl.SelectNodes("//wsdl:portType/wsdl:operation/wsdl:fault[@name='IdwsFault']", ns)!.Count);
        Assert.Equal(faults, wsdl.SelectNodes("//wsdl:binding/wsdl:operation/wsdl:fault/soap:fault[@use='literal']", ns)!.Count);
    }

    [Theory]
    [MemberData(nameof(Wsdls))]
    public void Each_wsdl_references_only_our_embedded_xsds_and_they_compile(string resource, string actionPrefix)
    {
        _ = actionPrefix;
        var wsdl = Load(resource);
        var locations = Names(wsdl.SelectNodes("//*[local-name()='import'][@schemaLocation]/@schemaLocation")!);

        Assert.Contains(OdrSoapContract.MessagesXsd, locations);
        Assert.All(locations, l => Assert.NotEmpty(OdrContractSchemas.Text(l)));
        Assert.NotEmpty(OdrContractSchemas.Served().GlobalElements.Names.Cast<XmlQualifiedName>());
    }

    private static XmlDocument Load(string resource) => OdrContractSchemas.Load(OdrContractSchemas.Text(resource));

    private static XmlNamespaceManager Namespaces(XmlDocument document)
    {
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("wsdl", Wsdl);
        ns.AddNamespace("soap", Soap);
        return ns;
    }

    private static List<string> Names(XmlNodeList nodes) => [.. nodes.Cast<XmlNode>().Select(n => n.Value!)];

    private static XmlQualifiedName Resolve(XmlElement context, string qname)
    {
        string[] parts = qname.Split(':');
        return new XmlQualifiedName(parts[1], context.GetNamespaceOfPrefix(parts[0]));
    }
}
