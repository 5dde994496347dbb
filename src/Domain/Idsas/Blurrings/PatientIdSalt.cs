namespace Nsp.Domain.Idsas.Blurrings;

/// <summary>The stable salt of <c>idsas-patient-id-salt.properties</c> (saltPrefix, saltPostfix) used to hash patient
/// ids. Kept as written: a salt may mean its whitespace.</summary>
public sealed record PatientIdSalt
{
    public PatientIdSalt(string prefix, string postfix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentNullException.ThrowIfNull(postfix);
        if (prefix.Length == 0 && postfix.Length == 0)
        {
            throw new ArgumentException("A patient-id salt needs a prefix or a postfix.", nameof(prefix));
        }

        Prefix = prefix;
        Postfix = postfix;
    }

    public string Prefix { get; }

    public string Postfix { get; }

    public PatientIdHash Hash(string patientId) => PatientIdHash.Compute(this, patientId);

    // The salt must never reach a log line.
    public override string ToString() => "PatientIdSalt(***)";
}
