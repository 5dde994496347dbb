namespace Nsp.Application.Shared.NationalServices.DigitalPost;

/// <summary>
/// The national Digital Post adapter (operation SendDigitalPost): sends one letter by template to a citizen.
/// Implemented over SOAP (<c>digitalpost.mode = http</c>, docs/digitalpost-http.md) or by appending letters to an
/// operator's file (<c>digitalpost.mode = file</c>).
/// </summary>
/// <remarks>
/// <see cref="DigitalPostLetter.MessageId"/> identifies the letter: a caller that does not know whether an earlier
/// send arrived (timeout, broken connection) sends again with the same id, and an adapter must treat a repeated
/// message id as the same letter, sending it at most once. Implementations never retry a send themselves.
/// </remarks>
public interface IDigitalPostClient
{
    /// <summary>Sends the letter and returns the adapter's receipt (audited as <c>digital-post-response</c>).</summary>
    /// <exception cref="DigitalPostUnavailableException">Transport error, timeout, 5xx, SOAP fault or a malformed
    /// answer; whether the letter arrived is then unknown, so a retry must reuse the message id.</exception>
    Task<DigitalPostReceipt> SendAsync(DigitalPostLetter letter, CancellationToken cancellationToken);
}
