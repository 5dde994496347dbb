using Nsp.Application.Idsas.Blurrings;
using Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;
using Nsp.Application.Idsas.Configuration;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Tests.Unit.Shared;
using NSubstitute;

namespace Nsp.Tests.Unit.Idsas.Blurrings.GetBlurredOrganisations;

public sealed class GetBlurredOrganisationsHandlerTests
{
    [Fact]
    public async Task A_query_is_required()
    {
        var handler = new GetBlurredOrganisationsHandler(
            Substitute.For<IBlurringQueries>(), new IdsasLookupSettings { Strategy = LookupStrategy.Cpr, PatientIdSalt = new PatientIdSalt("saltprefix", "saltpostfix") }, new ManualTimeProvider(DateTimeOffset.UnixEpoch));

        await Assert.ThrowsAsync<ArgumentNullException>(() => handler.Handle(null!, CancellationToken.None));
    }
}
