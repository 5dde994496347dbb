namespace Nsp.Tests.Unit.Architecture.Samples.Odr;

/// <summary>A type of one service, for the boundary check's own test.</summary>
public sealed class OdrSample
{
    public static int Value => 1;
}
