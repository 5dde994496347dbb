using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Idsas;
using Nsp.Application.Shared;
using Nsp.Application.Shared.MinLog.Transfer;

namespace Nsp.Tests.Unit.Shared.Pipeline;

public sealed class ServiceHandlerRegistrationTests
{
    private static readonly System.Reflection.Assembly Application = typeof(IIdsasRequest).Assembly;

    [Fact]
    public void The_application_alone_registers_shared_handlers_and_no_services_own()
    {
        var services = new ServiceCollection().AddNspApplication(Application);

        var handlers = HandlerTypes(services);
        Assert.Contains(handlers, t => t == typeof(TransferMinLogCommandHandler));
        Assert.DoesNotContain(handlers, t => ServiceNamespaces.ServiceOf(t) is not null);
    }

    [Fact]
    public void A_services_parts_add_its_handlers_once_and_no_other_services()
    {
        var services = new ServiceCollection().AddNspApplication(Application);

        services.AddServiceRequestHandlers(NspService.Idsas, Application);
        var once = HandlerTypes(services).Count;
        services.AddServiceRequestHandlers(NspService.Idsas, Application);

        var handlers = HandlerTypes(services);
        Assert.Equal(once, handlers.Count);
        Assert.Contains(handlers, t => ServiceNamespaces.ServiceOf(t) == NspService.Idsas);
        Assert.DoesNotContain(handlers, t => ServiceNamespaces.ServiceOf(t) is { } s && s != NspService.Idsas);
    }

    [Theory]
    [InlineData(typeof(IIdsasRequest), NspService.Idsas)]
    [InlineData(typeof(TransferMinLogCommand), null)]
    [InlineData(typeof(NspService), null)]
    public void A_type_belongs_to_the_first_service_or_Shared_segment_of_its_namespace(Type type, NspService? expected) =>
        Assert.Equal(expected, ServiceNamespaces.ServiceOf(type));

    private static List<Type> HandlerTypes(IServiceCollection services) =>
        [.. services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .Select(d => d.ImplementationType!)];
}
