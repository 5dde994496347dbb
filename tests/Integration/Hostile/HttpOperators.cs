namespace Nsp.Tests.Integration.Hostile;

/// <summary>Operators on the HTTP request around the envelope: SOAPAction, Content-Type and method.</summary>
internal static class HttpOperators
{
    private static readonly string[] ContentTypes =
    [
        "", "text/xml", "TEXT/XML; CHARSET=UTF-8", "application/soap+xml; charset=utf-8", "text/plain", "application/xml",
        "multipart/related; type=\"application/xop+xml\"; boundary=hostile", "text/xml; charset=utf-16", "text/xml; charset=hostile",
        "!!garbage", "text/xml; action=\"urn:hostile\"", "text/xml;;;", "text/xml; charset=\"utf-8\"; charset=latin1",
    ];

    private static readonly string[] Methods = ["PUT", "DELETE", "PATCH", "GET", "OPTIONS"];

    public static string SoapAction(HostileMutation mutation, Random random)
    {
        var request = mutation.Base;
        string other = OtherOperation(request.Operation);
        string otherAction = request.Namespace.TrimEnd('/') + "#" + other;
        (string variant, string[] values) = random.Next(11) switch
        {
            0 => ("absent", Array.Empty<string>()),
            1 => ("empty", [string.Empty]),
            2 => ("quoted empty", ["\"\""]),
            3 => ("the WSDL's", ["\"" + request.WsdlAction + "\""]),
            4 => ("the bare name", [request.Operation]),
            5 => ("another operation's (" + other + ")", ["\"" + otherAction + "\""]),
            6 => ("another operation's bare name (" + other + ")", [other]),
            7 => ("garbage", ["\"urn:hostile:" + new string('x', random.Next(1, 40)) + "\""]),
            8 => ("5000 characters", [new string('a', 5000)]),
            9 => ("two headers", ["\"" + request.WsdlAction + "\"", "\"" + otherAction + "\""]),
            _ => ("unbalanced quote", ["\"" + request.WsdlAction]),
        };
        mutation.SoapAction = [.. values];
        return variant;
    }

    public static string ContentType(HostileMutation mutation, Random random)
    {
        int pick = random.Next(ContentTypes.Length + 1);
        mutation.ContentType = pick == ContentTypes.Length ? null : ContentTypes[pick];
        return mutation.ContentType is null ? "none" : "'" + mutation.ContentType + "'";
    }

    public static string Method(HostileMutation mutation, Random random)
    {
        mutation.Method = Methods[random.Next(Methods.Length)];
        return mutation.Method;
    }

    /// <summary>Another operation of the same endpoint where it has one (that action is refused), else one of another
    /// endpoint (only a hint).</summary>
    private static string OtherOperation(string operation) => operation switch
    {
        "CreateOrgBlurring" => "RemoveOrgBlurring",
        "RemoveOrgBlurring" => "ListAllActiveOrgBlurrings",
        "ListAllActiveOrgBlurrings" => "CreateOrgBlurring",
        "CreateBlurring" => "GetCurrentSalt",
        "GetCurrentSalt" => "CreateBlurring",
        _ => "CreateBlurring",
    };
}
