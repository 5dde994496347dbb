using MediatR;
using Nsp.Application.Shared.Pipeline;

namespace Nsp.Application.Shared.MinLog.Transfer;

/// <summary>The MinLog transfer part of <paramref name="Service"/>'s alarm page: null when all is well, otherwise
/// the alarm text (the oldest waiting entry is older than <c>minlog.transfer.alarm.age</c>).</summary>
public sealed record GetMinLogTransferAlarmQuery(NspService Service) : IRequest<string?>, IServiceRequest;
