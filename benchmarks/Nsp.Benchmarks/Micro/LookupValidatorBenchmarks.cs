using BenchmarkDotNet.Attributes;
using FluentValidation.Results;
using Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;

namespace Nsp.Benchmarks.Micro;

/// <summary>The validation step of a lookup: the validator is registered scoped, so each call builds it anew before
/// validating; the second benchmark validates with one instance kept.</summary>
[MemoryDiagnoser]
public class LookupValidatorBenchmarks
{
    private readonly GetBlurredOrganisationsQuery _query = new("0101701234");
    private readonly GetBlurredOrganisationsValidator _kept = new();

    [Benchmark]
    public Task<ValidationResult> BuildAndValidate() => new GetBlurredOrganisationsValidator().ValidateAsync(_query);

    [Benchmark]
    public Task<ValidationResult> ValidateWithKeptValidator() => _kept.ValidateAsync(_query);
}
