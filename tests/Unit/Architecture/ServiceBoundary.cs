using Nsp.Application.Shared;

namespace Nsp.Tests.Unit.Architecture;

/// <summary>Finds uses of one service's code by another's.</summary>
public static class ServiceBoundary
{
    /// <summary>Which service a type belongs to, by the same rule the application's handler scan uses.</summary>
    public static string? ServiceOf(Type type) => ServiceNamespaces.ServiceOf(type)?.ToString();

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
