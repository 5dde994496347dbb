namespace Nsp.Tests.Integration.Hostile;

/// <summary>
/// Makes hostile requests from valid signed ones: each case takes one base request and applies one to three
/// operators of <see cref="Catalogue"/>, in stage order (DOM, text with the card swap first, encoding, bytes with truncation last, HTTP). A case
/// depends only on the seed, its index and the inputs, so <c>(seed, index)</c> reproduces it alone.
/// </summary>
public sealed class HostileEnvelopeGenerator
{
    public const int MaxOperatorsPerCase = 3;
    public const string Truncate = "truncate";
    public const string CardSwap = "card-swap";

    private readonly int _seed;
    private readonly IReadOnlyList<HostileBaseRequest> _bases;
    private readonly HostileMaterial _material;

    public HostileEnvelopeGenerator(int seed, IReadOnlyList<HostileBaseRequest> bases, HostileMaterial material)
    {
        ArgumentNullException.ThrowIfNull(bases);
        ArgumentOutOfRangeException.ThrowIfZero(bases.Count);
        _seed = seed;
        _bases = bases;
        _material = material;
    }

    /// <summary>The mutation operators, by name.</summary>
    public static IReadOnlyList<HostileOperator> Catalogue { get; } =
    [
        new("remove-element", HostileStage.Dom, DomOperators.RemoveElement),
        new("duplicate-element", HostileStage.Dom, DomOperators.DuplicateElement),
        new("reorder-elements", HostileStage.Dom, DomOperators.ReorderElements),
        new("remove-attribute", HostileStage.Dom, DomOperators.RemoveAttribute),
        new("reorder-attributes", HostileStage.Dom, DomOperators.ReorderAttributes),
        new("long-value", HostileStage.Dom, DomOperators.LongValue),
        new("body-values", HostileStage.Dom, DomOperators.BodyValues),
        new("signature-wrapping", HostileStage.Dom, SignatureWrappingOperator.Apply),
        new("duplicate-attribute", HostileStage.Text, TextOperators.DuplicateAttribute),
        new("deep-nesting", HostileStage.Text, TextOperators.DeepNesting),
        new("many-attributes", HostileStage.Text, TextOperators.ManyAttributes),
        new("namespace-tricks", HostileStage.Text, NamespaceTricksOperator.Apply),
        new("dtd-entity", HostileStage.Text, TextOperators.DtdEntity),
        new("comment-cdata-pi", HostileStage.Text, TextOperators.CommentCdataPi),
        new(CardSwap, HostileStage.Text, TextOperators.CardSwap),
        new("encoding", HostileStage.Encoding, EncodingOperator.Apply),
        new("invalid-utf8", HostileStage.Bytes, ByteOperators.InvalidUtf8Sequence),
        new("flip-bytes", HostileStage.Bytes, ByteOperators.FlipBytes),
        new("insert-bytes", HostileStage.Bytes, ByteOperators.InsertBytes),
        new("delete-bytes", HostileStage.Bytes, ByteOperators.DeleteBytes),
        new(Truncate, HostileStage.Bytes, ByteOperators.Truncate),
        new("soap-action", HostileStage.Http, HttpOperators.SoapAction),
        new("content-type", HostileStage.Http, HttpOperators.ContentType),
        new("http-method", HostileStage.Http, HttpOperators.Method),
    ];

    public int Seed => _seed;

    public HostileCase Generate(int index)
    {
        var random = new Random(CaseSeed(_seed, index));
        var baseRequest = _bases[random.Next(_bases.Count)];
        int count = 1 + random.Next(MaxOperatorsPerCase);
        var chosen = new List<HostileOperator>(count);
        while (chosen.Count < count)
        {
            var candidate = Catalogue[random.Next(Catalogue.Count)];
            if (!chosen.Contains(candidate))
            {
                chosen.Add(candidate);
            }
        }

        var mutation = new HostileMutation(baseRequest, _material);
        var applied = new List<string>(count);
        foreach (var op in chosen.OrderBy(o => o.Stage).ThenBy(OrderInStage))
        {
            applied.Add(op.Name + ": " + op.Apply(mutation, random));
        }

        return new HostileCase(index, baseRequest, mutation.Method, mutation.Bytes, mutation.ContentType, [.. mutation.SoapAction], applied, mutation.MustBeRefused);
    }

    /// <summary>A card swap replaces all of wsse:Security, so it goes first among the text operators (else it could
    /// remove what another one broke); truncation goes last, so nothing after it can repair the message.</summary>
    private static int OrderInStage(HostileOperator op) => op.Name switch
    {
        CardSwap => 0,
        Truncate => 2,
        _ => 1,
    };

    /// <summary>Each case's own generator seed (SplitMix64 of seed and index): stable across runs and platforms, unlike
    /// <see cref="HashCode"/>.</summary>
    internal static int CaseSeed(int seed, int index)
    {
        ulong z = unchecked(((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }
}
