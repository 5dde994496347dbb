using System.Diagnostics.CodeAnalysis;

namespace Nsp.Domain.Idsas.OrgBlurrings;

/// <summary>The contract's texts for <see cref="OrgClassification"/>: <c>SOR</c> and <c>SHAK</c>, exactly.</summary>
public static class OrgClassifications
{
    public const string SorText = "SOR";
    public const string ShakText = "SHAK";

    public static string ToText(this OrgClassification classification) => classification switch
    {
        OrgClassification.Sor => SorText,
        OrgClassification.Shak => ShakText,
        _ => throw new ArgumentOutOfRangeException(nameof(classification), classification, "Unknown classification."),
    };

    /// <exception cref="FormatException">Neither SOR nor SHAK.</exception>
    public static OrgClassification Parse(string? text) =>
        TryParse(text, out var classification) ? classification : throw new FormatException("An org classification is SOR or SHAK.");

    public static bool TryParse([NotNullWhen(true)] string? text, out OrgClassification classification)
    {
        switch (text)
        {
            case SorText:
                classification = OrgClassification.Sor;
                return true;
            case ShakText:
                classification = OrgClassification.Shak;
                return true;
            default:
                classification = default;
                return false;
        }
    }
}
