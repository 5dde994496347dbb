using BenchmarkDotNet.Attributes;
using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Benchmarks.Micro;

/// <summary><see cref="PatientIdSalt.Hash"/>: every HASH or BOTH lookup and every CreateBlurring with a salt computes
/// one. Not sealed: BenchmarkDotNet refuses sealed benchmark classes.</summary>
[MemoryDiagnoser]
public class PatientIdHashBenchmarks
{
    // The length of the first start's random prefix and postfix (16 random bytes as hex).
    private readonly PatientIdSalt _salt = new("0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210");

    [Benchmark]
    public string HashPatientId() => _salt.Hash("1111111118").Value;
}
