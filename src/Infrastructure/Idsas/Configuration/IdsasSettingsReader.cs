using Microsoft.Extensions.Configuration;
using Nsp.Application.Idsas.Configuration;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Domain.Shared.Time;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;
using Nsp.Infrastructure.Shared.NationalServices.Sores;

namespace Nsp.Infrastructure.Idsas.Configuration;

/// <summary>Builds IDSAS's typed settings from the operator's property files, with the seed's keys and defaults.
/// A missing required property throws <see cref="MissingPropertyException"/> naming it and its file.</summary>
public static class IdsasSettingsReader
{
    public static IdsasRegistrationSettings Registration(IConfiguration configuration)
    {
        var section = new PropertySection(configuration, IdsasPropertyKeys.RegistrationFile);
        var strategy = section.GetRequiredEnum<PersistStrategy>(IdsasPropertyKeys.PersistStrategy);
        var headers = IdsasPropertyKeys.ProducerHeaderDefaults.ToDictionary(
            h => h.Key, h => section.GetOptionalString(h.Key) ?? h.Value, StringComparer.Ordinal);
        return new IdsasRegistrationSettings
        {
            PersistStrategy = strategy,
            MaxExpiry = section.GetPeriod(IdsasPropertyKeys.ExpiryMaxDays, IsoPeriod.FromDays(90)),
            AllowedSystems = section.GetList(IdsasPropertyKeys.AllowedClientSystemName, IdsasRegistrationSettings.DefaultAllowedSystems),
            // "tidligere også fra registration": registration hashes only when the salt file is given to it too.
            PatientIdSalt = HasPatientIdSalt(configuration) ? PatientIdSalt(configuration) : null,
            KafkaTopic = strategy == PersistStrategy.Kafka
                ? section.GetOptionalString(IdsasPropertyKeys.KafkaTopic)
                    ?? throw section.MissingProperty(IdsasPropertyKeys.KafkaTopic, condition: "when idsas.registration.persist.strategy=KAFKA")
                : section.GetOptionalString(IdsasPropertyKeys.KafkaTopic),
            KafkaHeaders = headers,
        };
    }

    /// <summary>The producer's <c>kafka.producer.*</c> keys, for <c>KafkaOptionsMapper.ProducerFrom</c>; the
    /// bootstrap servers are required with the KAFKA strategy.</summary>
    public static IReadOnlyDictionary<string, string> ProducerProperties(IConfiguration configuration)
    {
        var section = new PropertySection(configuration, IdsasPropertyKeys.RegistrationFile);
        section.GetRequiredString(IdsasPropertyKeys.ProducerKeys[0]);
        return Collect(section, IdsasPropertyKeys.ProducerKeys, new Dictionary<string, string>());
    }

    public static IdsasLookupSettings Lookup(IConfiguration configuration)
    {
        var section = new PropertySection(configuration, IdsasPropertyKeys.LookupFile);
        return new IdsasLookupSettings
        {
            Strategy = section.GetRequiredEnum<LookupStrategy>(IdsasPropertyKeys.LookupStrategy),
            // Lookup refuses to start without the salt (seed: "Servicen kan ikke starte op, hvis salten ikke er korrekt angivet").
            PatientIdSalt = PatientIdSalt(configuration),
            AllowedSystems = section.GetList(IdsasPropertyKeys.AllowedClientSystemName, IdsasRegistrationSettings.DefaultAllowedSystems),
        };
    }

    public static IdsasSaltSettings Salt(IConfiguration configuration)
    {
        var section = new PropertySection(configuration, IdsasPropertyKeys.SaltFile);
        return new IdsasSaltSettings
        {
            AllowedSystems = section.GetList(IdsasPropertyKeys.AllowedClientSystemName, IdsasRegistrationSettings.DefaultAllowedSystems),
        };
    }

    public static IdsasOperationsSettings Operations(IConfiguration configuration)
    {
        var section = new PropertySection(configuration, IdsasPropertyKeys.OperationsFile);
        return new IdsasOperationsSettings
        {
            MaxDuration = Positive(section, IdsasPropertyKeys.CleanupMaxDuration, section.GetDuration(IdsasPropertyKeys.CleanupMaxDuration, TimeSpan.FromSeconds(15))),
            BatchSize = Positive(section, IdsasPropertyKeys.CleanupBatchSize, section.GetInt(IdsasPropertyKeys.CleanupBatchSize, 10000)),
            MaxRetention = section.GetPeriod(IdsasPropertyKeys.CleanupMaxRetention, IsoPeriod.FromYears(5)),
            DeceasedPeriod = section.GetPeriod(IdsasPropertyKeys.DeceasedPeriod, IsoPeriod.FromYears(1)),
            DeceasedBatchSize = Positive(section, IdsasPropertyKeys.DeceasedBatchSize, section.GetInt(IdsasPropertyKeys.DeceasedBatchSize, 10000)),
            KafkaTopic = section.GetOptionalString(IdsasPropertyKeys.KafkaTopic) ?? IdsasOperationsSettings.DefaultTopic,
            KafkaPollTimeout = section.GetMilliseconds(IdsasPropertyKeys.PollTimeout, TimeSpan.FromMilliseconds(1000)),
            KafkaBatchSize = Positive(section, IdsasPropertyKeys.ConsumerBatchSize, section.GetInt(IdsasPropertyKeys.ConsumerBatchSize, 500)),
        };
    }

    /// <summary>The consumer's keys with the seed's defaults filled in, for <c>KafkaOptionsMapper.ConsumerFrom</c>.</summary>
    public static IReadOnlyDictionary<string, string> ConsumerProperties(IConfiguration configuration)
    {
        var section = new PropertySection(configuration, IdsasPropertyKeys.OperationsFile);
        return Collect(section, IdsasPropertyKeys.ConsumerDefaults.Keys, new Dictionary<string, string>(IdsasPropertyKeys.ConsumerDefaults));
    }

    public static PatientIdSalt PatientIdSalt(IConfiguration configuration)
    {
        var section = new PropertySection(configuration, IdsasPropertyKeys.PatientIdSaltFile);
        return new PatientIdSalt(section.GetRequiredString(IdsasPropertyKeys.SaltPrefix), section.GetRequiredString(IdsasPropertyKeys.SaltPostfix));
    }

    public static bool HasPatientIdSalt(IConfiguration configuration)
    {
        var section = new PropertySection(configuration, IdsasPropertyKeys.PatientIdSaltFile);
        return section.Contains(IdsasPropertyKeys.SaltPrefix) || section.Contains(IdsasPropertyKeys.SaltPostfix);
    }

    /// <summary>PersonInformation for a part (<c>personinformation.*</c> in its file; pool sizes from
    /// <c>idsas.httpclient.pooling.*</c>). Mode defaults to http, whose URL is then required (the seed's rule).</summary>
    public static PersonInformationSettings PersonInformation(IConfiguration configuration, string file)
    {
        var section = new PropertySection(configuration, file);
        var mode = section.GetEnum("personinformation.mode", PersonInformationMode.Http);
        return new PersonInformationSettings
        {
            Mode = mode,
            Url = mode == PersonInformationMode.Http ? section.GetRequiredString("personinformation.url") : section.GetOptionalString("personinformation.url"),
            File = mode == PersonInformationMode.File ? section.GetRequiredString("personinformation.file") : null,
            MaxTotalConnections = section.GetInt(IdsasPropertyKeys.HttpTotalConnections, 200),
            MaxConnectionsPerRoute = section.GetInt(IdsasPropertyKeys.HttpConnectionsPerRoute, 20),
            ErrorTolerance = section.GetInt("personinformation.error.tolerance", 0),
            ErrorCountDuration = section.GetDuration("personinformation.errorcount.duration", TimeSpan.FromMinutes(10)),
        };
    }

    /// <summary>SORES for lookup's <c>/status</c> (<c>soresclient.*</c> in <c>idsas-lookup.properties</c>). Mode
    /// defaults to http, whose URL is then required (the seed's rule); <c>file</c> names a registry file instead.</summary>
    public static SoresSettings Sores(IConfiguration configuration)
    {
        var section = new PropertySection(configuration, IdsasPropertyKeys.LookupFile);
        var mode = section.GetEnum(IdsasPropertyKeys.SoresMode, SoresMode.Http);
        return new SoresSettings
        {
            Mode = mode,
            Url = mode == SoresMode.Http ? section.GetRequiredString(IdsasPropertyKeys.SoresUrl) : section.GetOptionalString(IdsasPropertyKeys.SoresUrl),
            File = mode == SoresMode.File ? section.GetRequiredString(IdsasPropertyKeys.SoresFile) : null,
            MaxTotalConnections = section.GetInt(IdsasPropertyKeys.HttpTotalConnections, 200),
            MaxConnectionsPerRoute = section.GetInt(IdsasPropertyKeys.HttpConnectionsPerRoute, 20),
            Timeout = Positive(section, IdsasPropertyKeys.SoresTimeout, section.GetDuration(IdsasPropertyKeys.SoresTimeout, TimeSpan.FromSeconds(5))),
            ErrorTolerance = section.GetInt(IdsasPropertyKeys.SoresErrorTolerance, 0),
            ErrorCountDuration = section.GetDuration(IdsasPropertyKeys.SoresErrorCountDuration, TimeSpan.FromMinutes(10)),
        };
    }

    private static Dictionary<string, string> Collect(PropertySection section, IEnumerable<string> keys, Dictionary<string, string> into)
    {
        foreach (var key in keys)
        {
            if (section.GetOptionalString(key) is { } value)
            {
                into[key] = value;
            }
        }

        return into;
    }

    private static int Positive(PropertySection section, string key, int value) =>
        value > 0 ? value : throw section.InvalidProperty(key, value.ToString(System.Globalization.CultureInfo.InvariantCulture), "a whole number above 0");

    private static TimeSpan Positive(PropertySection section, string key, TimeSpan value) =>
        value > TimeSpan.Zero ? value : throw section.InvalidProperty(key, value.ToString(), "a duration above zero");
}
