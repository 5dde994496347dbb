using Nsp.Tests.Unit.Architecture.Samples.Idsas;

namespace Nsp.Tests.Unit.Architecture;

public sealed class ServiceBoundaryTests
{
    private static readonly System.Reflection.Assembly[] Layers =
    [
        typeof(Nsp.Domain.Shared.DanishTime).Assembly,
        typeof(Nsp.Application.Shared.NspService).Assembly,
        typeof(Nsp.Infrastructure.Shared.Audit.AuditLineSerializer).Assembly,
        typeof(Nsp.Api.Shared.Audit.AuditMiddleware).Assembly,
    ];

    [Fact]
    public void No_service_refers_to_another_services_code_in_any_layer()
    {
        var violations = ServiceBoundary.Violations(Layers.SelectMany(a => a.GetTypes())).ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void The_check_sees_a_reference_made_only_inside_a_method_body()
    {
        var violations = ServiceBoundary.Violations([typeof(ReachesIntoOdr)]).ToList();

        Assert.Contains(violations, v => v.Contains("OdrSample", StringComparison.Ordinal));
    }

    [Fact]
    public void Shared_code_may_be_used_by_every_service()
    {
        Assert.Null(ServiceBoundary.ServiceOf(typeof(Nsp.Application.Shared.NspService)));
        Assert.Null(ServiceBoundary.ServiceOf(typeof(Nsp.Application.Shared.MinLog.IMinLogOutbox)));
        Assert.Equal("Idsas", ServiceBoundary.ServiceOf(typeof(ReachesIntoOdr)));
    }
}
