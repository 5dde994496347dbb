namespace Nsp.Application.Idsas.Salts.GetCurrentSalt;

/// <summary>The current salt: 32 bytes in base64 (44 characters), and when it was created.</summary>
public sealed record GetCurrentSaltResult(string Base64Salt, DateTime CreatedUtc);
