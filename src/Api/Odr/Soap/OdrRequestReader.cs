using System.Xml;
using Nsp.Api.Shared.Soap;
using Nsp.Domain.Odr;

namespace Nsp.Api.Odr.Soap;

/// <summary>Turns an ODR request element into contract records. What the schema forbids (a missing or misplaced
/// element, a qualified child, an unknown permissionType, a flag that is not xs:boolean) is a <c>syntax_error</c>
/// naming the element. The reader keeps to structure: <c>id</c>'s attributes are passed on as sent, and the
/// application's validation decides whether they name a CPR (DESIGN.md 5.2).</summary>
internal static class OdrRequestReader
{
    private static readonly string[] Flags =
    [
        "permissionForHeart", "permissionForLungs", "permissionForLiver", "permissionForPancreas", "permissionForKidneys",
        "permissionForCornea", "permissionForSmallIntestine", "permissionForSkin", "requiresRelativeAcceptance",
    ];

    public static OrganDonorRequest Read(XmlElement body)
    {
        ArgumentNullException.ThrowIfNull(body);
        string operation = Operation(body);
        bool carriesRegistration = operation is OdrSoapContract.CreateOrganDonorRegistration or OdrSoapContract.UpdateOrganDonorRegistration;
        var children = Elements(body);
        string where = body.LocalName;

        var id = Expect(children, 0, OdrSoapContract.IdElement, string.Empty, where);
        OrganDonorRegistrationMessage? registration = null;
        int expected = 1;
        if (carriesRegistration)
        {
            registration = Registration(Expect(children, 1, OdrSoapContract.RegistrationElement, string.Empty, where));
            expected = 2;
        }

        if (children.Count > expected)
        {
            throw Syntax($"{where} has an unexpected element {Describe(children[expected])}.");
        }

        return new OrganDonorRequest(operation, RequestId(id), registration);
    }

    private static string Operation(XmlElement body)
    {
        string? operation = body.NamespaceURI == OdrSoapContract.Namespace && body.LocalName.EndsWith("Request", StringComparison.Ordinal)
            ? OdrSoapContract.Operations.FirstOrDefault(o => o + "Request" == body.LocalName)
            : null;
        return operation ?? throw Syntax($"{Describe(body)} is not an ODR 2018-05-01 request.");
    }

    // The attributes as sent: whether they name a CPR is the application's rule, so that a refusal goes through the
    // pipeline and is audited with ODR's keys (ADR 0033).
    private static OrganDonorRequestId RequestId(XmlElement id) =>
        new(Attribute(id, "root"), Attribute(id, "extension"), Attribute(id, "assigningAuthorityName"));

    private static OrganDonorRegistrationMessage Registration(XmlElement registration)
    {
        const string Where = OdrSoapContract.RegistrationElement;
        var children = Elements(registration);
        string permissionType = Expect(children, 0, "permissionType", OdrSoapContract.OdrNamespace, Where).InnerText.Trim();
        if (!PermissionTypes.TryParse(permissionType, out _))
        {
            throw Syntax($"{Where}/permissionType '{permissionType}' is not one of FULL, FULL_WITH_RESEARCH, LIMITED, LIMITED_WITH_RESEARCH, NONE, DONT_KNOW.");
        }

        // The flags are optional but ordered: walk them in the XSD's order, each at most once.
        var values = new bool?[Flags.Length];
        int next = 1;
        for (int flag = 0; flag < Flags.Length && next < children.Count; flag++)
        {
            var child = children[next];
            if (child.LocalName == Flags[flag])
            {
                values[flag] = Boolean(Expect(children, next, Flags[flag], OdrSoapContract.OdrNamespace, Where), Where);
                next++;
            }
        }

        if (next < children.Count)
        {
            throw Syntax($"{Where} has an unexpected or misplaced element {Describe(children[next])}; after permissionType come, in this order and each at most once: {string.Join(", ", Flags)}.");
        }

        return new OrganDonorRegistrationMessage(permissionType, values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8]);
    }

    private static bool Boolean(XmlElement flag, string where)
    {
        string text = flag.InnerText.Trim();
        return text switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw Syntax($"{where}/{flag.LocalName} '{text}' is not an xs:boolean (true, false, 1 or 0)."),
        };
    }

    private static XmlElement Expect(List<XmlElement> children, int index, string localName, string ns, string where)
    {
        if (index >= children.Count)
        {
            throw Syntax($"{where} lacks the element {localName}.");
        }

        var child = children[index];
        if (child.LocalName != localName)
        {
            throw Syntax($"{where} must have {localName} here, not {Describe(child)}.");
        }

        if (child.NamespaceURI != ns)
        {
            throw Syntax(ns.Length == 0
                ? $"{where}/{localName} must be unqualified (no namespace), not in {child.NamespaceURI}."
                : $"{where}/{localName} must be in the namespace {ns}, not {(child.NamespaceURI.Length == 0 ? "unqualified" : child.NamespaceURI)}.");
        }

        return child;
    }

    private static List<XmlElement> Elements(XmlElement parent) => [.. parent.ChildNodes.OfType<XmlElement>()];

    private static string? Attribute(XmlElement element, string name) =>
        element.HasAttribute(name) ? element.GetAttribute(name).Trim() : null;

    private static string Describe(XmlElement element) =>
        element.NamespaceURI.Length == 0 ? element.LocalName : "{" + element.NamespaceURI + "}" + element.LocalName;

    private static SoapFaultException Syntax(string message) => new(SoapFaultCodes.SyntaxError, message);
}
