using Nsp.Application.Idsas.Operations.RenewSalt;
using Nsp.Application.Idsas.Salts;
using Nsp.Application.Shared.Jobs;
using Nsp.Domain.Idsas.Salts;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.Operations.RenewSalt;

public sealed class RenewSaltJobTests
{
    [Fact]
    public async Task A_run_adds_one_new_salt_created_now()
    {
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        var salts = Substitute.For<ISaltRepository>();

        var outcome = await new RenewSaltJob(salts, new ManualTimeProvider(now)).RunBatchAsync(null, CancellationToken.None);

        Assert.Equal(JobBatchOutcome.Done(1), outcome);
        salts.Received(1).Add(Arg.Is<Salt>(s => s.Created == now.UtcDateTime));
    }
}
