using System.Globalization;
using Microsoft.Extensions.Configuration;
using Nsp.Infrastructure.Shared.Configuration;
using Nsp.Infrastructure.Shared.NationalServices.DigitalPost;
using Nsp.Infrastructure.Shared.NationalServices.PersonInformation;
using K = Nsp.Infrastructure.Odr.Configuration.OdrClientPropertyKeys;

namespace Nsp.Infrastructure.Odr.Configuration;

/// <summary>
/// ODR's PersonInformation and Digital Post settings from <c>operations.properties</c> (then <c>cleanup.properties</c>),
/// with the seed's keys and defaults. The modes are ours and default to http, where the seed's default URL applies
/// unless the operator sets one (ADR 0032); a key set but blank, a URL that is not http(s) or an out-of-range number
/// stops start-up naming the key and its file.
/// </summary>
public static class OdrClientSettingsReader
{
    /// <summary><c>operations.properties</c> with <c>cleanup.properties</c> as its fallback.</summary>
    public static PropertySection Section(IConfiguration configuration) =>
        new PropertySection(configuration, K.OperationsFile).WithFallback(new PropertySection(configuration, K.CleanupFile));

    public static PersonInformationSettings PersonInformation(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = Section(configuration);
        var mode = section.GetEnum(K.PersonInformationMode, PersonInformationMode.Http);
        return new PersonInformationSettings
        {
            Mode = mode,
            Url = mode == PersonInformationMode.Http ? Url(configuration, section, K.PersonInformationUrl, K.DefaultPersonInformationUrl) : null,
            File = mode == PersonInformationMode.File
                ? section.GetOptionalString(K.PersonInformationFile)
                    ?? throw section.MissingProperty(K.PersonInformationFile, condition: "when personinformation.mode=file")
                : null,
            MaxTotalConnections = AtLeast(configuration, section, K.PersonInformationMaxTotalConnections, 200, 1),
            MaxConnectionsPerRoute = AtLeast(configuration, section, K.PersonInformationMaxConnectionsPerRoute, 20, 1),
            ConnectTimeout = PositiveMilliseconds(configuration, section, K.PersonInformationConnectionTimeoutMs),
            ErrorTolerance = AtLeast(configuration, section, K.PersonInformationErrorTolerance, 0, 0),
            ErrorCountDuration = PositiveDuration(configuration, section, K.PersonInformationErrorCountDuration),
        };
    }

    public static DigitalPostSettings DigitalPost(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = Section(configuration);
        var mode = section.GetEnum(K.DigitalPostMode, DigitalPostMode.Http);
        return new DigitalPostSettings
        {
            Mode = mode,
            Url = mode == DigitalPostMode.Http ? Url(configuration, section, K.DigitalPostUrl, K.DefaultDigitalPostUrl) : null,
            File = mode == DigitalPostMode.File
                ? section.GetOptionalString(K.DigitalPostFile)
                    ?? throw section.MissingProperty(K.DigitalPostFile, condition: "when digitalpost.mode=file")
                : null,
            MaxTotalConnections = AtLeast(configuration, section, K.DigitalPostMaxTotalConnections, 200, 1),
            MaxConnectionsPerRoute = AtLeast(configuration, section, K.DigitalPostMaxConnectionsPerRoute, 20, 1),
            ConnectTimeout = PositiveMilliseconds(configuration, section, K.DigitalPostConnectionTimeoutMs),
            ErrorTolerance = AtLeast(configuration, section, K.DigitalPostErrorTolerance, 0, 0),
            ErrorCountDuration = PositiveDuration(configuration, section, K.DigitalPostErrorCountDuration),
        };
    }

    // The seed documents a default URL, so an unset key takes it; a key written but left blank is a mistake, not a
    // request for the test environment.
    private static string Url(IConfiguration configuration, PropertySection section, string key, string seedDefault)
    {
        if (!section.Contains(key))
        {
            return seedDefault;
        }

        var url = section.GetOptionalString(key)?.Trim() ?? throw section.MissingProperty(key, condition: "but is blank");
        return Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw Origin(configuration, key).InvalidProperty(key, url, "an absolute http or https URL");
    }

    private static int AtLeast(IConfiguration configuration, PropertySection section, string key, int defaultValue, int minimum)
    {
        var value = section.GetInt(key, defaultValue);
        return value >= minimum
            ? value
            : throw Origin(configuration, key).InvalidProperty(key, value.ToString(CultureInfo.InvariantCulture), $"a whole number of at least {minimum}");
    }

    private static TimeSpan PositiveMilliseconds(IConfiguration configuration, PropertySection section, string key)
    {
        var value = section.GetMilliseconds(key, TimeSpan.FromMilliseconds(20000));
        return value > TimeSpan.Zero
            ? value
            : throw Origin(configuration, key).InvalidProperty(key, "0", "a whole number of milliseconds above 0");
    }

    private static TimeSpan PositiveDuration(IConfiguration configuration, PropertySection section, string key)
    {
        var value = section.GetDuration(key, TimeSpan.FromMinutes(10));
        return value > TimeSpan.Zero
            ? value
            : throw Origin(configuration, key).InvalidProperty(key, section.GetString(key, string.Empty), "an ISO-8601 duration above zero, such as PT10M");
    }

    // A value out of range is named with the file it came from: operations.properties unless only cleanup.properties has it.
    private static PropertySection Origin(IConfiguration configuration, string key)
    {
        var operations = new PropertySection(configuration, K.OperationsFile);
        return operations.GetOptionalString(key) is not null ? operations : new PropertySection(configuration, K.CleanupFile);
    }
}
