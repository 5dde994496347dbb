using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace Nsp.Infrastructure.Shared.Kafka;

/// <summary>librdkafka logs at syslog levels; our logs use Microsoft's.</summary>
internal static class KafkaLogLevels
{
    public static LogLevel ToLogLevel(this SyslogLevel level) => level switch
    {
        SyslogLevel.Emergency or SyslogLevel.Alert or SyslogLevel.Critical => LogLevel.Critical,
        SyslogLevel.Error => LogLevel.Error,
        SyslogLevel.Warning => LogLevel.Warning,
        SyslogLevel.Notice or SyslogLevel.Info => LogLevel.Information,
        _ => LogLevel.Debug,
    };
}
