using System.Text;
using Nsp.Api.Idsas.FirstStart;
using Nsp.Api.Odr.FirstStart;
using Nsp.Api.Odr.Soap;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Benchmarks.Hosting;

/// <summary>
/// One health professional's signed user card (level 4, an authorisation code) from the host's local STS, reused for
/// every call as <see cref="ClientEnvelopes"/> reuses a system card. The envelopes are <see cref="OdrSampleRequest"/>'s;
/// the medcom MessageID and the Body lie outside what the card's signature covers, so each call gets a fresh
/// MessageID (MinLog's regKode is derived from it) and another citizen without a new card.
/// </summary>
public sealed class OdrClientEnvelopes
{
    private const string MessageIdStart = "<medcom:MessageID>";
    private const string MessageIdEnd = "</medcom:MessageID>";
    private const string SampleCitizenId = "extension=\"" + LocalSampleSystem.PatientCpr + "\"";

    private readonly Template _has;
    private readonly Template _get;

    private OdrClientEnvelopes(string hasEnvelope, string getEnvelope)
    {
        _has = new Template(hasEnvelope);
        _get = new Template(getEnvelope);
    }

    public static OdrClientEnvelopes Issue(NspHostOptions hostOptions) =>
        new(Sample(OdrSoapContract.HasOrganDonorRegistration, hostOptions), Sample(OdrSoapContract.GetOrganDonorRegistration, hostOptions));

    /// <summary>HasOrganDonorRegistration about <paramref name="cpr"/>.</summary>
    public byte[] Has(string cpr) => _has.Render(cpr);

    /// <summary>GetOrganDonorRegistration about <paramref name="cpr"/>.</summary>
    public byte[] Get(string cpr) => _get.Render(cpr);

    private static string Sample(string operation, NspHostOptions hostOptions) =>
        OdrSampleRequest.Envelope(operation, hostOptions, TimeProvider.System)
            ?? throw new InvalidOperationException($"No sample request for {operation}.");

    private sealed class Template
    {
        private readonly string _untilMessageId;
        private readonly string _afterMessageIdUntilCitizen;
        private readonly string _afterCitizen;

        public Template(string envelope)
        {
            int messageIdStart = envelope.IndexOf(MessageIdStart, StringComparison.Ordinal) + MessageIdStart.Length;
            int messageIdEnd = envelope.IndexOf(MessageIdEnd, messageIdStart, StringComparison.Ordinal);
            // The citizen's id is in the Body, after the card (whose user is another CPR).
            int citizen = envelope.LastIndexOf(SampleCitizenId, StringComparison.Ordinal);
            if (messageIdStart < MessageIdStart.Length || messageIdEnd < 0 || citizen < messageIdEnd)
            {
                throw new InvalidOperationException("The ODR sample envelope has no MessageID or no citizen id after it.");
            }

            _untilMessageId = envelope[..messageIdStart];
            _afterMessageIdUntilCitizen = envelope[messageIdEnd..citizen];
            _afterCitizen = envelope[(citizen + SampleCitizenId.Length)..];
        }

        public byte[] Render(string cpr) => Encoding.UTF8.GetBytes(string.Concat(
            [_untilMessageId, Guid.NewGuid().ToString("N"), _afterMessageIdUntilCitizen, "extension=\"", cpr, "\"", _afterCitizen]));
    }
}
