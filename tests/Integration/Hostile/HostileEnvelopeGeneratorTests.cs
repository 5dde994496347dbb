using Nsp.Tests.Integration.Idsas;
using Nsp.Tests.Integration.Shared.Sts;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>The generator is reproducible (a seed and an index give the same bytes, headers and operators) and its
/// whole catalogue is exercised by a run of the default size.</summary>
public sealed class HostileEnvelopeGeneratorTests
{
    // Generating needs no host: the cards are signed by the test STS directly, once for the class.
    private static readonly Lazy<(IReadOnlyList<HostileBaseRequest> Bases, HostileMaterial Material)> Inputs = new(() =>
    {
        var sts = new TestSts(TimeProvider.System);
        return (HostileBaseRequests.Create(sts.ValidSystemCard(), IdsasSoapBodies.DaysAhead(30)), HostileMaterial.Create(sts));
    });

    [Fact]
    public void The_same_seed_gives_the_same_cases_and_case_by_case_independently_of_order()
    {
        var (bases, material) = Inputs.Value;
        var first = new HostileEnvelopeGenerator(4711, bases, material);
        var second = new HostileEnvelopeGenerator(4711, bases, material);
        var ascending = Enumerable.Range(0, 500).Select(second.Generate).ToList();

        for (int index = 499; index >= 0; index--)
        {
            var a = first.Generate(index);
            var b = ascending[index];
            Assert.Equal(a.Payload, b.Payload);
            Assert.Equal(a.Operators, b.Operators);
            Assert.Equal((a.Base, a.Method, a.ContentType, a.MustBeRefused), (b.Base, b.Method, b.ContentType, b.MustBeRefused));
            Assert.Equal(a.SoapAction, b.SoapAction);
        }
    }

    [Fact]
    public void Another_seed_gives_other_cases()
    {
        var (bases, material) = Inputs.Value;
        var one = new HostileEnvelopeGenerator(1, bases, material);
        var other = new HostileEnvelopeGenerator(2, bases, material);

        int same = Enumerable.Range(0, 200).Count(i => one.Generate(i).Payload.AsSpan().SequenceEqual(other.Generate(i).Payload));

        Assert.True(same < 20, $"{same} of 200 cases were equal under two seeds");
    }

    [Fact]
    public void A_default_run_applies_every_operator_of_the_catalogue_hundreds_of_times_with_one_to_three_per_case()
    {
        var (bases, material) = Inputs.Value;
        var generator = new HostileEnvelopeGenerator(HostileFuzzSettings.DefaultSeed, bases, material);
        var counts = HostileEnvelopeGenerator.Catalogue.ToDictionary(o => o.Name, _ => 0);
        var operations = new HashSet<string>(StringComparer.Ordinal);

        for (int index = 0; index < HostileFuzzSettings.DefaultCases; index++)
        {
            var request = generator.Generate(index);
            Assert.InRange(request.Operators.Count, 1, HostileEnvelopeGenerator.MaxOperatorsPerCase);
            operations.Add(request.Base.Operation);
            foreach (string applied in request.Operators)
            {
                counts[applied[..applied.IndexOf(':', StringComparison.Ordinal)]]++;
            }
        }

        Assert.Equal(6, operations.Count);
        Assert.All(counts, count => Assert.True(count.Value >= 500, $"{count.Key} ran {count.Value} times"));
    }
}
