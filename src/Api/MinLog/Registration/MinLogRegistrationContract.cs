using System.Xml;
using Nsp.Infrastructure.MinLog.Registration.Remote;

namespace Nsp.Api.MinLog.Registration;

/// <summary>The MinLog2 registration 20250312 endpoint's names (DESIGN 5.4 "Registration"): path, request element,
/// SOAPAction, our contract files and the audit category.</summary>
public static class MinLogRegistrationContract
{
    public const string Path = MinLog2Wire.Path;
    public const string Namespace = MinLog2Wire.Namespace;
    public const string SoapAction = MinLog2Wire.SoapAction;
    public const string Wsdl = "minlog2-registration-20250312.wsdl";
    public const string Xsd = "minlog2-registration-20250312.xsd";
    public const string AuditCategory = Nsp.Application.MinLog.Registration.MinLogRegistrationAudit.Category;

    /// <summary>A bulk of 1,000 entries is about 700 KB; <c>nsp.soap.max.request.bytes</c> in <c>minlog.properties</c> may change this.</summary>
    public const long DefaultMaxRequestBytes = 10L * 1024 * 1024;

    public static XmlQualifiedName RequestElement { get; } = new(MinLog2Wire.RequestElement, Namespace);
}
