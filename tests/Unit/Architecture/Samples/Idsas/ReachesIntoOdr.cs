using Nsp.Tests.Unit.Architecture.Samples.Odr;

namespace Nsp.Tests.Unit.Architecture.Samples.Idsas;

/// <summary>Breaks the boundary inside a method body only, so the check must read IL to see it.</summary>
public sealed class ReachesIntoOdr
{
    public static int Read() => OdrSample.Value + 1;
}
