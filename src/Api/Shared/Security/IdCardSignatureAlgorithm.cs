namespace Nsp.Api.Shared.Security;

/// <summary>rsa-sha1/sha1 as the federation signs today, or rsa-sha256/sha256.</summary>
public enum IdCardSignatureAlgorithm
{
    RsaSha1,
    RsaSha256,
}
