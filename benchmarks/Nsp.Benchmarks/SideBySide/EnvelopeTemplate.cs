using System.Text.RegularExpressions;

namespace Nsp.Benchmarks.SideBySide;

/// <summary>
/// A signed sample envelope cut into three parts around its medcom MessageID and the request's subject (a CPR or an
/// org id), so the load tool can send each request with its own MessageID and subject while the card, which its
/// signature covers, stays byte for byte the same: a client reusing its card, as real STS clients do.
/// </summary>
public sealed partial record EnvelopeTemplate(string BeforeMessageId, string BeforeSubject, string AfterSubject)
{
    /// <summary>Where the subject goes in a body given to <see cref="From"/>.</summary>
    public const string SubjectMarker = "@@SUBJECT@@";

    /// <summary><paramref name="sampleEnvelope"/> with its Body's content replaced by <paramref name="body"/>.</summary>
    public static EnvelopeTemplate From(string sampleEnvelope, string body)
    {
        ArgumentNullException.ThrowIfNull(sampleEnvelope);
        ArgumentNullException.ThrowIfNull(body);
        var messageId = MessageIdText().Match(sampleEnvelope);
        var bodyStart = BodyStartTag().Match(sampleEnvelope);
        var bodyEnd = BodyEndTag().Match(sampleEnvelope);
        if (!messageId.Success || !bodyStart.Success || !bodyEnd.Success || messageId.Index > bodyStart.Index)
        {
            throw new InvalidOperationException("The sample envelope has no medcom:MessageID before its soap:Body.");
        }

        string withBody = string.Concat(
            sampleEnvelope.AsSpan(0, bodyStart.Index + bodyStart.Length), body, sampleEnvelope.AsSpan(bodyEnd.Index));
        int idStart = messageId.Groups["id"].Index;
        int idEnd = idStart + messageId.Groups["id"].Length;
        int subject = withBody.IndexOf(SubjectMarker, idEnd, StringComparison.Ordinal);
        return subject < 0
            ? new EnvelopeTemplate(withBody[..idStart], withBody[idEnd..], string.Empty)
            : new EnvelopeTemplate(withBody[..idStart], withBody[idEnd..subject], withBody[(subject + SubjectMarker.Length)..]);
    }

    public string Render(string messageId, string subject) => string.Concat(BeforeMessageId, messageId, BeforeSubject, subject, AfterSubject);

    [GeneratedRegex("<medcom:MessageID>(?<id>[^<]*)</medcom:MessageID>")]
    private static partial Regex MessageIdText();

    [GeneratedRegex("<(?:[A-Za-z0-9]+:)?Body(?:\\s[^>]*)?>")]
    private static partial Regex BodyStartTag();

    [GeneratedRegex("</(?:[A-Za-z0-9]+:)?Body>")]
    private static partial Regex BodyEndTag();
}
