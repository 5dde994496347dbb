namespace Nsp.Application.Shared;

/// <summary>Which service a type belongs to, by its namespace: the first segment naming a service or <c>Shared</c>
/// (<c>Nsp.Application.Idsas...</c> is IDSAS's; <c>Nsp.Application.Shared.MinLog</c> is shared).</summary>
public static class ServiceNamespaces
{
    public static NspService? ServiceOf(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        foreach (var segment in (type.Namespace ?? string.Empty).Split('.'))
        {
            if (segment == "Shared")
            {
                return null;
            }

            if (Enum.TryParse<NspService>(segment, ignoreCase: false, out var service) && Enum.IsDefined(service))
            {
                return service;
            }
        }

        return null;
    }
}
