using System.Text.Json;
using System.Text.Json.Serialization;
using Nsp.Domain.Idsas.Blurrings;

namespace Nsp.Application.Idsas.Blurrings.Persisting;

/// <summary>The JSON payload of a blurring on the registration topic (ADR 0022): instants in UTC ISO-8601.</summary>
public sealed record BlurringMessage(
    [property: JsonPropertyName("patientId")] string PatientId,
    [property: JsonPropertyName("patientIdHashed")] string? PatientIdHashed,
    [property: JsonPropertyName("cvr")] string Cvr,
    [property: JsonPropertyName("endDateTime")] DateTime EndDateTime,
    [property: JsonPropertyName("registered")] DateTime Registered)
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>Patient id then CVR (fixed lengths, 10 + 8): replacements of one blurring stay on one partition, in order.</summary>
    public string Key => PatientId + Cvr;

    public static BlurringMessage From(Blurring blurring)
    {
        ArgumentNullException.ThrowIfNull(blurring);
        return new BlurringMessage(blurring.PatientId, blurring.PatientIdHashed, blurring.Cvr, blurring.EndDate, blurring.Updated);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>Reads a payload back into a blurring, applying the domain's rules again.</summary>
    /// <exception cref="FormatException">The payload is not a readable blurring message.</exception>
    public static Blurring Read(string payload)
    {
        BlurringMessage? message;
        try
        {
            message = JsonSerializer.Deserialize<BlurringMessage>(payload, Options);
        }
        catch (JsonException exception)
        {
            throw new FormatException("The payload is not JSON of a blurring message: " + exception.Message, exception);
        }

        if (message is null || message.PatientId is null || message.Cvr is null)
        {
            throw new FormatException("The payload lacks patientId or cvr.");
        }

        PatientIdHash? hash = null;
        if (message.PatientIdHashed is not null && !PatientIdHash.TryParse(message.PatientIdHashed, out hash))
        {
            throw new FormatException("patientIdHashed is not 64 lowercase hex digits.");
        }

        try
        {
            return Blurring.Create(message.PatientId, hash, message.Cvr, ToUtc(message.EndDateTime), ToUtc(message.Registered));
        }
        catch (ArgumentException exception)
        {
            throw new FormatException("The message breaks a blurring rule: " + exception.Message, exception);
        }
    }

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => throw new FormatException("Instants in a blurring message must carry an offset (Z)."),
    };
}
