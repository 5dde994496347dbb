namespace Nsp.Tests.Unit.Architecture;

/// <summary>Which service a namespace belongs to: the segment after the layer (<c>Nsp.Application.Idsas...</c>).</summary>
public static class ServiceBoundary
{
    public static readonly string[] Services = ["Idsas", "Odr", "Brs", "Crk", "MinLog", "Dros"];

    public static string? ServiceOf(Type type)
    {
        var segments = (type.Namespace ?? string.Empty).Split('.');
        var owner = segments.FirstOrDefault(s => s == "Shared" || Services.Contains(s, StringComparer.Ordinal));
        return owner == "Shared" ? null : owner;
    }

    /// <summary>Every (type, referenced type) pair where a service's type uses another service's type.</summary>
    public static IEnumerable<string> Violations(IEnumerable<Type> types) =>
        from type in types
        let own = ServiceOf(type)
        where own is not null
        from referenced in TypeReferenceScanner.ReferencedTypes(type)
        let other = ServiceOf(referenced)
        where other is not null && other != own && IsOurs(referenced)
        select $"{type.FullName} ({own}) uses {referenced.FullName} ({other})";

    private static bool IsOurs(Type type) => type.Namespace?.StartsWith("Nsp.", StringComparison.Ordinal) == true;
}
