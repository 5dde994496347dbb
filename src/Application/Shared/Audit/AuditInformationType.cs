namespace Nsp.Application.Shared.Audit;

/// <summary>The NSP audit types: regular personal (RPI, "Personlig"), non-personal (NPI, "Ikke personlig") and
/// sensitive personal (SPI, "Følsom").</summary>
public enum AuditInformationType
{
    RPI,
    NPI,
    SPI,
}
