namespace Nsp.Application.Idsas.Operations;

/// <summary>The operations' jobs, named as the seed's URLs (<c>/idsas-operations/&lt;name&gt;</c>).</summary>
public static class IdsasJobNames
{
    public const string RenewSalt = "renew-salt";
    public const string CleanupBlurrings = "cleanup-blurrings";
    public const string CleanupBlurringsDeceased = "cleanup-blurrings-deceased";
    public const string KafkaConsume = "kafka-consume";
}
