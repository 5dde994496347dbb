namespace Nsp.Application.Shared;

/// <summary>The services this solution hosts. Each has its own database (or schema) and its own configuration.</summary>
public enum NspService
{
    Idsas,
    Odr,
    Brs,
    Crk,
    MinLog,
    Dros,
}
