using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Application.Shared;
using Nsp.Application.Shared.Jobs;
using Nsp.Application.Shared.MinLog.Transfer;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Tests.Unit.Shared;

public sealed class ApplicationServiceCollectionExtensionsTests
{
    private static readonly System.Reflection.Assembly Application = typeof(ApplicationServiceCollectionExtensions).Assembly;

    private static List<Type?> Behaviours(IServiceCollection services) =>
        [.. services.Where(d => d.ServiceType == typeof(IPipelineBehavior<,>)).Select(d => d.ImplementationType)];

    private static readonly Type?[] PipelineOrder =
    [
        typeof(AuditBehavior<,>), typeof(WhitelistBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>), typeof(MinLogBehavior<,>),
    ];

    [Fact]
    public void Without_assemblies_the_application_assembly_is_scanned()
    {
        var services = new ServiceCollection().AddNspApplication();

        Assert.Contains(services, d => d.ImplementationType == typeof(TransferMinLogCommandHandler));
    }

    [Fact]
    public void The_job_runner_and_its_failure_recorder_are_registered()
    {
        var services = new ServiceCollection().AddNspApplication(Application);

        Assert.Contains(services, d => d.ServiceType == typeof(JobRunner) && d.Lifetime == ServiceLifetime.Scoped);
        Assert.Contains(services, d => d.ServiceType == typeof(JobFailureRecorder) && d.Lifetime == ServiceLifetime.Singleton);
    }

    [Fact]
    public void The_behaviours_are_registered_once_in_the_order_they_nest_however_often_the_application_is_added()
    {
        var services = new ServiceCollection().AddNspApplication(Application);
        services.AddNspApplication(Application);

        Assert.Equal(PipelineOrder, Behaviours(services));
    }

    [Fact]
    public void A_services_own_behaviour_registered_first_does_not_keep_the_pipeline_out()
    {
        var services = new ServiceCollection();
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(OwnBehavior<,>));
        services.AddScoped(typeof(IHandlerLike<,>), typeof(AuditBehavior<,>));

        services.AddNspApplication(Application);

        Assert.Equal([typeof(OwnBehavior<,>), .. PipelineOrder], Behaviours(services));
    }

    [Fact]
    public void Another_services_handlers_are_added_after_the_first_services()
    {
        var services = new ServiceCollection().AddNspApplication(Application);
        services.AddServiceRequestHandlers(NspService.Idsas, Application);

        services.AddServiceRequestHandlers(NspService.Odr, Application);

        Assert.Contains(services, d => d.ImplementationType is { } t && ServiceNamespaces.ServiceOf(t) == NspService.Odr);
    }

    [Fact]
    public void Handlers_and_validators_that_are_not_public_are_registered_too()
    {
        var services = new ServiceCollection().AddNspApplication(typeof(ApplicationServiceCollectionExtensionsTests).Assembly);

        Assert.Contains(services, d => d.ImplementationType == typeof(HiddenHandler));
        Assert.Contains(services, d => d.ImplementationType == typeof(HiddenValidator));
    }

#pragma warning disable CA1812 // Created by the container, which the analyzer cannot see.
    /// <summary>An open generic interface that is not a pipeline behaviour.</summary>
    private interface IHandlerLike<TRequest, TResponse>;

    private sealed class OwnBehavior<TRequest, TResponse> : IPipelineBehavior<TRequest, TResponse>
    {
        public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
            next();
    }

    private sealed record HiddenQuery(int Value) : IRequest<int>;

    private sealed class HiddenHandler : IRequestHandler<HiddenQuery, int>
    {
        public Task<int> Handle(HiddenQuery request, CancellationToken cancellationToken) => Task.FromResult(request.Value);
    }

    private sealed class HiddenValidator : AbstractValidator<HiddenQuery>;
#pragma warning restore CA1812
}
