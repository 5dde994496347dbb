namespace Nsp.Domain.Dros;

/// <summary>What each <see cref="XdsValidationLevel"/> does with validation errors (seed 004).</summary>
public static class XdsValidationLevels
{
    public static bool Validates(this XdsValidationLevel level) => level != XdsValidationLevel.Off;

    public static bool AuditsErrors(this XdsValidationLevel level) => level != XdsValidationLevel.Off;

    public static bool AddsWarningsToAnswer(this XdsValidationLevel level) => level == XdsValidationLevel.Warning;

    public static bool RejectsOnErrors(this XdsValidationLevel level) => level == XdsValidationLevel.Reject;

    /// <summary>Reads the property's value: OFF, WARNING, LOG or REJECT (any case).</summary>
    public static bool TryParse(string? text, out XdsValidationLevel level) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out level) && Enum.IsDefined(level) && !int.TryParse(text, out _);
}
