namespace Nsp.Application.Idsas.Blurrings.CreateBlurring;

/// <summary>The blurring as registered; the SOAP answer is the text <c>OK</c>.</summary>
public sealed record CreateBlurringResult(string PatientId, string Cvr, DateTime EndDateUtc, string? PatientIdHashed)
{
    public const string OkText = "OK";
}
