using Nsp.Domain.Idsas.Blurrings;
using Nsp.Domain.Shared.Time;

namespace Nsp.Application.Idsas.Configuration;

/// <summary>The registration part's settings (<c>idsas-registration.properties</c>, plus the patient-id salt when
/// that file is given to registration too).</summary>
public sealed record IdsasRegistrationSettings
{
    public static readonly IReadOnlyList<string> DefaultAllowedSystems = ["http://system.nspop.dk/sts", "DRG"];

    /// <summary><c>idsas.registration.persist.strategy</c>; required.</summary>
    public required PersistStrategy PersistStrategy { get; init; }

    /// <summary><c>idsas.blurring.expiry.max.days</c> (P90D).</summary>
    public IsoPeriod MaxExpiry { get; init; } = IsoPeriod.FromDays(90);

    /// <summary><c>idsas.allowed.client.system.name</c>: who may call ListAllActiveOrgBlurrings.</summary>
    public IReadOnlyList<string> AllowedSystems { get; init; } = DefaultAllowedSystems;

    /// <summary>When set, <c>patient_id_hashed</c> is filled on registration.</summary>
    public PatientIdSalt? PatientIdSalt { get; init; }

    /// <summary><c>kafka.topic</c>; required with the KAFKA strategy.</summary>
    public string? KafkaTopic { get; init; }

    /// <summary>The <c>nsp.kafka.producer.*</c> values, sent as message headers under their property keys.</summary>
    public IReadOnlyDictionary<string, string> KafkaHeaders { get; init; } = new Dictionary<string, string>();
}
