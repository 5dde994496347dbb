using MediatR;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Shared.Jobs;

/// <summary>A job trigger sent through MediatR (by HTTP GET or a Quartz trigger) under a job identity. Jobs pass
/// the audit and validation behaviours but not the unit of work: <see cref="JobRunner"/> commits per batch.</summary>
public interface IJobCommand : IRequest<JobRunResult>, IServiceRequest
{
    string JobName { get; }
}
