using Nsp.Application.Idsas.Blurrings;
using Nsp.Application.Idsas.Blurrings.CreateBlurring;
using Nsp.Application.Idsas.Blurrings.GetBlurredOrganisations;
using Nsp.Application.Idsas.Blurrings.Persisting;
using Nsp.Application.Idsas.Configuration;
using Nsp.Application.Idsas.Whitelisting;
using Nsp.Application.Shared.Errors;
using Nsp.Application.Shared.NationalServices.PersonInformation;
using Nsp.Application.Shared.Queues;
using Nsp.Application.Shared.Security;
using Nsp.Domain.Idsas.Blurrings;
using Nsp.Domain.Shared.Persons;
using Nsp.Tests.Unit.Shared;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace Nsp.Tests.Unit.Idsas;

public sealed class ApplicationRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly PatientIdSalt TestSalt = new("saltprefix", "saltpostfix");

    [Theory]
    [InlineData(90, true)]
    [InlineData(91, false)]
    [InlineData(0, false)]
    public async Task The_end_date_must_be_ahead_and_within_the_maximum(int days, bool valid)
    {
        var persons = Substitute.For<IPersonInformationClient>();
        persons.GetStatusAsync(Arg.Any<Cpr>(), Arg.Any<CancellationToken>())
            .Returns(new PersonStatus(Cpr.Parse("1111111118"), CivilRegistrationStatus.Parse("01"), null));
        var validator = new CreateBlurringValidator(new IdsasRegistrationSettings { PersistStrategy = PersistStrategy.Database }, persons, new ManualTimeProvider(Now));

        var result = await validator.ValidateAsync(new CreateBlurringCommand("1111111118", Now.AddDays(days)));

        Assert.Equal(valid, result.IsValid);
    }

    [Fact]
    public async Task PersonInformation_is_not_asked_about_a_malformed_cpr_and_its_failure_is_a_dependency_error()
    {
        var persons = Substitute.For<IPersonInformationClient>();
        persons.GetStatusAsync(Arg.Any<Cpr>(), Arg.Any<CancellationToken>()).Throws(new PersonInformationUnavailableException("down"));
        var validator = new CreateBlurringValidator(new IdsasRegistrationSettings { PersistStrategy = PersistStrategy.Database }, persons, new ManualTimeProvider(Now));

        var malformed = await validator.ValidateAsync(new CreateBlurringCommand("99", Now.AddDays(1)));
        await Assert.ThrowsAsync<DependencyUnavailableException>(() => validator.ValidateAsync(new CreateBlurringCommand("1111111118", Now.AddDays(1))));

        Assert.Contains(malformed.Errors, e => e.PropertyName == "patientId");
        await persons.Received(1).GetStatusAsync(Arg.Any<Cpr>(), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task The_handler_hashes_with_the_registration_salt_and_writes_for_the_callers_cvr()
    {
        var writer = Substitute.For<IBlurringWriter>();
        var security = Substitute.For<ISecurityContextAccessor>();
        security.Current.Returns(new SecurityContext { Kind = CallerKind.SystemCard, CareProviderId = "33257872", CareProviderIdFormat = "medcom:cvrnumber" });
        var handler = new CreateBlurringHandler(
            writer, new IdsasRegistrationSettings { PersistStrategy = PersistStrategy.Database, PatientIdSalt = TestSalt }, security, new ManualTimeProvider(Now));

        var result = await handler.Handle(new CreateBlurringCommand("1111111118", Now.AddDays(1)), CancellationToken.None);

        Assert.Equal("efe3b97049ba8d0b4843d6a524ea09ac89d9632e65d4c663c09578933a88440f", result.PatientIdHashed);
        await writer.Received(1).WriteAsync(Arg.Is<Blurring>(b => b.Cvr == "33257872" && b.PatientId == "1111111118"), Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task An_unconfirmed_kafka_delivery_advises_a_retry()
    {
        var producer = Substitute.For<IQueueProducer>();
        producer.PublishAsync(Arg.Any<QueueMessage>(), Arg.Any<CancellationToken>()).Throws(new QueueDeliveryUnknownException("timeout"));
        var writer = new QueueBlurringWriter(producer, "topic", new Dictionary<string, string> { ["nsp.kafka.producer.component.name"] = "x" });

        var error = await Assert.ThrowsAsync<DependencyUnavailableException>(() =>
            writer.WriteAsync(Blurring.Create("1111111118", null, "33257872", Now.UtcDateTime.AddDays(1), Now.UtcDateTime), CancellationToken.None));

        Assert.True(error.RetryAdvised);
    }

    [Fact]
    public async Task The_kafka_message_is_keyed_by_patient_and_cvr_and_reads_back()
    {
        QueueMessage? sent = null;
        var producer = Substitute.For<IQueueProducer>();
        await producer.PublishAsync(Arg.Do<QueueMessage>(m => sent = m), Arg.Any<CancellationToken>());
        var headers = new Dictionary<string, string> { ["nsp.kafka.producer.component.name"] = "Idsas Registration Producer Frontend" };
        var blurring = Blurring.Create("1111111118", TestSalt.Hash("1111111118"), "33257872", Now.UtcDateTime.AddDays(1), Now.UtcDateTime);

        await new QueueBlurringWriter(producer, "Idsas-Registration-Topic", headers).WriteAsync(blurring, CancellationToken.None);
        var read = BlurringMessage.Read(sent!.Payload);

        Assert.Equal("111111111833257872", sent.Key);
        Assert.Equal(headers, sent.Headers);
        Assert.Equal((blurring.PatientId, blurring.PatientIdHashed, blurring.Cvr, blurring.EndDate), (read.PatientId, read.PatientIdHashed, read.Cvr, read.EndDate));
        Assert.Throws<FormatException>(() => BlurringMessage.Read("""{"patientId":"1","cvr":"33257872","endDateTime":"2026-01-01T00:00:00Z","registered":"2026-01-01T00:00:00Z"}"""));
    }

    [Theory]
    [InlineData(LookupStrategy.Cpr, true, false)]
    [InlineData(LookupStrategy.Hash, false, true)]
    [InlineData(LookupStrategy.Both, true, true)]
    public async Task The_lookup_strategy_decides_which_columns_are_searched(LookupStrategy strategy, bool byCpr, bool byHash)
    {
        var queries = Substitute.For<IBlurringQueries>();
        queries.ActiveOrganisationsAsync(default, default, default, default).ReturnsForAnyArgs(["33257872"]);
        var handler = new GetBlurredOrganisationsHandler(queries, new IdsasLookupSettings { Strategy = strategy, PatientIdSalt = TestSalt }, new ManualTimeProvider(Now));

        await handler.Handle(new GetBlurredOrganisationsQuery("1111111118"), CancellationToken.None);

        await queries.Received(1).ActiveOrganisationsAsync(
            byCpr ? "1111111118" : null,
            byHash ? "efe3b97049ba8d0b4843d6a524ea09ac89d9632e65d4c663c09578933a88440f" : null,
            Now.UtcDateTime,
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task The_whitelist_authority_checks_cvrnumber_cards_against_the_table_and_systems_against_the_trimmed_list()
    {
        var whitelist = Substitute.For<IWhitelistRepository>();
        whitelist.IsListedAsync("33257872", "BLURRING", Arg.Any<CancellationToken>()).Returns(true);
        var authority = new IdsasWhitelistAuthority(whitelist, [new IdsasAllowedSystems("idsas-lookup", [" http://system.nspop.dk/sts ", "DRG"])]);
        SecurityContext Card(string format, string system) => new()
        {
            Kind = CallerKind.SystemCard, CareProviderId = "33257872", CareProviderIdFormat = format, ItSystemName = system,
        };

        Assert.Null(await authority.RefusalAsync("BLURRING", "CreateBlurring", Card("medcom:cvrnumber", "x"), CancellationToken.None));
        Assert.NotNull(await authority.RefusalAsync("BLURRING", "CreateBlurring", Card("medcom:ynumber", "x"), CancellationToken.None));
        Assert.Null(await authority.RefusalAsync("allowed-system:idsas-lookup", "GetBlurredOrganisations", Card("x", "http://system.nspop.dk/sts"), CancellationToken.None));
        Assert.NotNull(await authority.RefusalAsync("allowed-system:idsas-lookup", "GetBlurredOrganisations", Card("x", "drg"), CancellationToken.None));
        Assert.NotNull(await authority.RefusalAsync("allowed-system:idsas-salt", "GetCurrentSalt", Card("x", "DRG"), CancellationToken.None));
    }
}
