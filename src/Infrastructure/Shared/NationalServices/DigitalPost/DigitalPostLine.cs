using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nsp.Infrastructure.Shared.NationalServices.DigitalPost;

/// <summary>One letter as a line of the file adapter's file.</summary>
internal sealed record DigitalPostLine(
    string? MessageId,
    string? RecordedAt,
    string? RecipientId,
    string? RecipientIdSource,
    string? TemplateDigital,
    string? TemplatePhysical,
    IReadOnlyList<DigitalPostDetailJson>? RecipientDetails,
    IReadOnlyList<DigitalPostDetailJson>? TemplateDetails);

/// <summary>One key/value detail.</summary>
internal sealed record DigitalPostDetailJson(string Key, string Value);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(DigitalPostLine))]
internal sealed partial class DigitalPostJsonContext : JsonSerializerContext;
