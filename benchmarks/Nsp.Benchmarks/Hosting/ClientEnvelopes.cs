using System.Text;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Idsas.Soap;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Benchmarks.Hosting;

/// <summary>
/// One client's signed system card, reused for every request as a real STS client reuses its card for the card's
/// lifetime. The envelopes are <see cref="IdsasSampleRequest"/>'s; the medcom MessageID and the Body lie outside what
/// the card's signature covers, so each request gets its own MessageID and citizen without a new card.
/// </summary>
public sealed class ClientEnvelopes
{
    private const string MessageIdStart = "<medcom:MessageID>";
    private const string MessageIdEnd = "</medcom:MessageID>";
    private const string BodyStart = "<soap:Body>";
    private const string BodyEnd = "</soap:Body>";
    private const string SampleCitizenId = "<t:id>" + LocalSampleSystem.PatientCpr + "</t:id>";

    private readonly string _untilMessageId;
    private readonly string _afterMessageIdUntilBody;
    private readonly string _afterBody;
    private readonly string _lookupBody;
    private readonly string _createBlurringBody;

    private ClientEnvelopes(string lookupEnvelope, string createBlurringEnvelope)
    {
        int messageIdStart = lookupEnvelope.IndexOf(MessageIdStart, StringComparison.Ordinal) + MessageIdStart.Length;
        int messageIdEnd = lookupEnvelope.IndexOf(MessageIdEnd, messageIdStart, StringComparison.Ordinal);
        int bodyStart = lookupEnvelope.IndexOf(BodyStart, StringComparison.Ordinal) + BodyStart.Length;
        int bodyEnd = lookupEnvelope.IndexOf(BodyEnd, bodyStart, StringComparison.Ordinal);
        _untilMessageId = lookupEnvelope[..messageIdStart];
        _afterMessageIdUntilBody = lookupEnvelope[messageIdEnd..bodyStart];
        _afterBody = lookupEnvelope[bodyEnd..];
        _lookupBody = lookupEnvelope[bodyStart..bodyEnd];
        _createBlurringBody = BodyOf(createBlurringEnvelope);
    }

    /// <summary>A new card from the host's local STS (the key pair in its data directory).</summary>
    public static ClientEnvelopes Issue(NspHostOptions hostOptions) =>
        new(Sample(IdsasSoapContract.GetBlurredOrganisations, hostOptions), Sample(IdsasSoapContract.CreateBlurring, hostOptions));

    /// <summary>GetBlurredOrganisations for <paramref name="cpr"/>.</summary>
    public byte[] Lookup(string cpr) => Envelope(_lookupBody, cpr);

    /// <summary>CreateBlurring for <paramref name="cpr"/>, ending 30 days after the card was issued.</summary>
    public byte[] CreateBlurring(string cpr) => Envelope(_createBlurringBody, cpr);

    private byte[] Envelope(string body, string cpr) => Encoding.UTF8.GetBytes(string.Concat(
        _untilMessageId,
        Guid.NewGuid().ToString("N"),
        _afterMessageIdUntilBody,
        body.Replace(SampleCitizenId, "<t:id>" + cpr + "</t:id>", StringComparison.Ordinal),
        _afterBody));

    private static string Sample(string operation, NspHostOptions hostOptions) =>
        IdsasSampleRequest.Envelope(operation, hostOptions, TimeProvider.System)
            ?? throw new InvalidOperationException($"No sample request for {operation}.");

    private static string BodyOf(string envelope)
    {
        int start = envelope.IndexOf(BodyStart, StringComparison.Ordinal) + BodyStart.Length;
        return envelope[start..envelope.IndexOf(BodyEnd, start, StringComparison.Ordinal)];
    }
}
