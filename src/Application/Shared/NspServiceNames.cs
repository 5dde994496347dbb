namespace Nsp.Application.Shared;

/// <summary>The lowercase key of each service, as used in schema names, file names and <c>nsp.db.&lt;service&gt;.*</c> keys.</summary>
public static class NspServiceNames
{
    public static string Key(this NspService service) => service switch
    {
        NspService.Idsas => "idsas",
        NspService.Odr => "odr",
        NspService.Brs => "brs",
        NspService.Crk => "crk",
        NspService.MinLog => "minlog",
        NspService.Dros => "dros",
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Unknown service."),
    };
}
