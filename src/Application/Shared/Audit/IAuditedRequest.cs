namespace Nsp.Application.Shared.Audit;

/// <summary>A request that contributes to its call's audit record. <see cref="DescribeRequest"/> runs before any
/// check, so a refused request is audited with what it asked for; <see cref="DescribeResponse"/> adds what only the
/// answer knows (e.g. whether blurrings were found).</summary>
public interface IAuditedRequest<in TResponse>
{
    void DescribeRequest(AuditRecord audit);

    void DescribeResponse(AuditRecord audit, TResponse response)
    {
    }
}
