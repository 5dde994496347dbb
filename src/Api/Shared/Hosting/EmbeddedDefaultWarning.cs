using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Hosting;

/// <summary>The one prominent start-up warning while anything of the embedded default is in use.</summary>
public static partial class EmbeddedDefaultWarning
{
    public const string Category = "Nsp.Api.EmbeddedDefault";

    public static void Log(EmbeddedDefaultInventory inventory, NspHostOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentNullException.ThrowIfNull(options);
        if (inventory.InUse)
        {
            LogInUse(logger, options.Environment.ToString().ToLowerInvariant(), string.Join("\n  - ", inventory.Items));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "EMBEDDED DEFAULT IN USE (nsp.environment={Environment}); not for production data:\n  - {Items}\nSee README, 'Leaving the embedded default'.")]
    private static partial void LogInUse(ILogger logger, string environment, string items);
}
