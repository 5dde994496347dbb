namespace Nsp.Domain.Crk;

/// <summary>An external endpoint definition as a CRK source holds it (a DKS document). <see cref="Create"/> guards what
/// the tables need: name, url and externaltime present and within the columns, action names unique.</summary>
public sealed record DksEndpointDefinition
{
    private DksEndpointDefinition(string name, string url, DateTime externalTime, IReadOnlyList<DksActionDefinition> actions)
    {
        Name = name;
        Url = url;
        ExternalTime = externalTime;
        Actions = actions;
    }

    public string Name { get; }

    public string Url { get; }

    /// <summary>The source's timestamp in UTC, to whole milliseconds (what every store keeps exactly, so an unchanged
    /// source compares equal on the next reload).</summary>
    public DateTime ExternalTime { get; }

    public IReadOnlyList<DksActionDefinition> Actions { get; }

    /// <exception cref="CrkDefinitionException">A rule is broken; the message names it.</exception>
    public static DksEndpointDefinition Create(string? name, string? url, DateTime? externalTime, IEnumerable<DksActionDefinition> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new CrkDefinitionException("the definition has no name");
        }

        if (name.Length > EndpointVersion.NameMaxLength)
        {
            throw new CrkDefinitionException($"the name is longer than {EndpointVersion.NameMaxLength} characters");
        }

        if (string.IsNullOrWhiteSpace(url))
        {
            throw new CrkDefinitionException("the definition has no url");
        }

        // On Unix "/svc" parses as an absolute file URI: the DCC calls http or https only.
        if (url.Length > EndpointVersion.UrlMaxLength || !Uri.TryCreate(url, UriKind.Absolute, out var parsed)
            || (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps))
        {
            throw new CrkDefinitionException($"the url is not an absolute URL (http or https) of at most {EndpointVersion.UrlMaxLength} characters");
        }

        if (externalTime is not { } time)
        {
            throw new CrkDefinitionException("the definition has no externaltime");
        }

        var list = actions.ToList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in list)
        {
            EndpointAction.CheckDefinition(action);
            if (!names.Add(action.Name))
            {
                throw new CrkDefinitionException($"the action {action.Name} is listed twice");
            }
        }

        return new DksEndpointDefinition(name, url, ToMilliseconds(time), list);
    }

    private static DateTime ToMilliseconds(DateTime time)
    {
        var utc = time.Kind == DateTimeKind.Utc ? time : DateTime.SpecifyKind(time.ToUniversalTime(), DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }
}
