namespace Nsp.Api.Shared.Operations;

/// <summary>Marks URLs as operations URLs (ADR 0027). Job triggers
/// (<see cref="Jobs.JobTriggerEndpointRouteBuilderExtensions.MapJobTrigger{TCommand}"/>) mark themselves; an operations
/// part maps its pages inside <see cref="MapOperationsPart"/>, so none of them can be left open by forgetting.</summary>
public static class OperationsEndpointConventionBuilderExtensions
{
    /// <summary>Answers only callers in <c>nsp.operations.allowed.clients</c>; <paramref name="auditEveryCall"/> audits
    /// allowed calls too (refused ones always are).</summary>
    public static TBuilder OperationsOnly<TBuilder>(this TBuilder builder, bool auditEveryCall = false)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.WithMetadata(new OperationsEndpoint(auditEveryCall));
        builder.AddEndpointFilterFactory((factory, next) =>
        {
            var filter = ActivatorUtilities.CreateInstance<OperationsAccessFilter>(factory.ApplicationServices);
            return invocation => filter.InvokeAsync(invocation, next);
        });
        return builder;
    }

    /// <summary>The URLs of an operations part (<c>idsas-operations</c>, <c>odr-operations</c>) under
    /// <c>/&lt;part&gt;</c>: every URL mapped on the group is an operations URL.</summary>
    public static RouteGroupBuilder MapOperationsPart(this IEndpointRouteBuilder endpoints, string part)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(part);
        return endpoints.MapGroup("/" + part).OperationsOnly();
    }
}
