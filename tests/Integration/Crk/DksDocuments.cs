using System.Globalization;
using System.Security;
using System.Text;

namespace Nsp.Tests.Integration.Crk;

/// <summary>DKS documents as a source would hold them (dksconfig.xsd, namespace http://nsp.dk/dksconfig/2026/11/25/).</summary>
public static class DksDocuments
{
    public const string Namespace = "http://nsp.dk/dksconfig/2026/11/25/";

    public static string Endpoint(string name, string url, string externalTime, params DksTestAction[] actions)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"<dks:endpoint xmlns:dks=\"{Namespace}\">")
            .Append(CultureInfo.InvariantCulture, $"<dks:name>{SecurityElement.Escape(name)}</dks:name>")
            .Append(CultureInfo.InvariantCulture, $"<dks:url>{SecurityElement.Escape(url)}</dks:url>")
            .Append(CultureInfo.InvariantCulture, $"<dks:externaltime>{externalTime}</dks:externaltime>");
        foreach (var action in actions)
        {
            text.Append(Action(action));
        }

        return text.Append("</dks:endpoint>").ToString();
    }

    public static string Action(DksTestAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var maxAge = action.IdCardMaxAge is { } minutes
            ? string.Create(CultureInfo.InvariantCulture, $"<dks:idcardmaxage>{minutes}</dks:idcardmaxage>")
            : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"<dks:action><dks:name>{SecurityElement.Escape(action.Name)}</dks:name><dks:model>synchronous_timeout</dks:model><dks:timeout>{action.Timeout}</dks:timeout><dks:useProxy>{(action.UseProxy ? "true" : "false")}</dks:useProxy>{maxAge}</dks:action>");
    }
}
