namespace Nsp.Tests.Integration.Hostile;

/// <summary>When an operator runs on a case: the DOM copy first, then the text, the encoding to bytes, the bytes, and
/// last the HTTP request around them, so each works on what the one before left.</summary>
public enum HostileStage
{
    Dom,
    Text,
    Encoding,
    Bytes,
    Http,
}
