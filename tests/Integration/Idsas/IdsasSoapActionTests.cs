using Nsp.Api.Shared.Soap;
using Nsp.Tests.Integration.Shared.Hosting;
using static Nsp.Tests.Integration.Idsas.IdsasSoapBodies;

namespace Nsp.Tests.Integration.Idsas;

/// <summary>Real IDSAS clients state their action in many ways (the seed's audit example shows
/// <c>SOAPAction: CreateBlurring</c>): every operation answers with each form, and only an action naming another
/// operation of the same endpoint is refused.</summary>
public sealed class IdsasSoapActionTests : IClassFixture<IdsasSoapActionTests.Host>
{
    private static readonly string[] Operations =
        ["CreateBlurring", "CreateOrgBlurring", "RemoveOrgBlurring", "ListAllActiveOrgBlurrings", "GetBlurredOrganisations", "GetCurrentSalt"];

    private static readonly string[] Forms = ["absent", "empty", "quoted empty", "wsdl", "quoted wsdl", "bare"];

    private readonly Host _host;

    public IdsasSoapActionTests(Host host)
    {
        _host = host;
    }

    public static TheoryData<string, string> OperationsAndForms
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (string operation in Operations)
            {
                foreach (string form in Forms)
                {
                    data.Add(operation, form);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(OperationsAndForms))]
    public async Task Every_operation_answers_with_every_accepted_form_of_its_action(string operation, string form)
    {
        (string path, string ns, string body) = Request(operation, UniqueOrgId(operation, form));
        if (operation == "RemoveOrgBlurring")
        {
            await _host.Soap.CallAsync(path, body.Replace("RemoveOrgBlurringRequest", "CreateOrgBlurringRequest", StringComparison.Ordinal));
        }

        var (status, answer) = await _host.Soap.CallAsync(path, body, soapAction: Action(form, operation, ns));

        Assert.True(status == 200, answer.OuterXml);
        Assert.Equal(operation + "Response", answer.LocalName);
    }

    [Theory]
    [InlineData("CreateOrgBlurring", "RemoveOrgBlurring")]
    [InlineData("RemoveOrgBlurring", "CreateOrgBlurring")]
    [InlineData("ListAllActiveOrgBlurrings", "CreateOrgBlurring")]
    public async Task An_action_naming_another_operation_of_the_endpoint_is_a_syntax_error_and_changes_nothing(string operation, string named)
    {
        string orgId = UniqueOrgId(operation, "other " + named);
        (string path, string ns, string body) = Request(operation, orgId);

        foreach (string action in new[] { ns.TrimEnd('/') + "#" + named, named })
        {
            var (status, fault) = await _host.Soap.CallAsync(path, body, soapAction: action);

            Assert.Equal(500, status);
            Assert.Equal(SoapFaultCodes.SyntaxError, FaultCode(fault));
        }

        var (_, list) = await _host.Soap.CallAsync(Registration2024, $"<t:ListAllActiveOrgBlurringsRequest xmlns:t=\"{Ns2024}\"/>");
        Assert.DoesNotContain(orgId, list.OuterXml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_naming_an_operation_of_another_endpoint_is_only_a_hint()
    {
        var (status, answer) = await _host.Soap.CallAsync(Lookup2024, GetBlurredOrganisations(IdsasTestProperties.LivingCpr), soapAction: "CreateBlurring");

        Assert.True(status == 200, answer.OuterXml);
    }

    private static (string Path, string Ns, string Body) Request(string operation, string orgId) => operation switch
    {
        "CreateBlurring" => (Registration2023, Ns2023, CreateBlurring(IdsasTestProperties.LivingCpr, DaysAhead(1))),
        "CreateOrgBlurring" or "RemoveOrgBlurring" => (Registration2024, Ns2024, OrgRequest(operation + "Request", orgId, "SOR")),
        "ListAllActiveOrgBlurrings" => (Registration2024, Ns2024, $"<t:ListAllActiveOrgBlurringsRequest xmlns:t=\"{Ns2024}\"/>"),
        "GetBlurredOrganisations" => (Lookup2024, Ns2024, GetBlurredOrganisations(IdsasTestProperties.LivingCpr)),
        _ => (Salt2023, Ns2023, GetCurrentSalt()),
    };

    private static string? Action(string form, string operation, string ns) => form switch
    {
        "absent" => null,
        "empty" => string.Empty,
        "quoted empty" => "\"\"",
        "wsdl" => ns.TrimEnd('/') + "#" + operation,
        "quoted wsdl" => "\"" + ns.TrimEnd('/') + "#" + operation + "\"",
        _ => operation,
    };

    /// <summary>A 15-digit SOR-like id of its own per case, so cases do not meet in the database.</summary>
    private static string UniqueOrgId(string operation, string form)
    {
        int hash = 0;
        foreach (char c in operation + "|" + form)
        {
            hash = unchecked((hash * 31) + c);
        }

        return "9" + ((uint)hash).ToString("D14", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>One IDSAS host for the class, with a first salt so GetCurrentSalt answers.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public IdsasSoapHost Soap { get; } = new();

        public async Task InitializeAsync()
        {
            using var response = await Soap.Client.GetAsync(new Uri("/idsas-operations/renew-salt", UriKind.Relative));
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        public Task DisposeAsync()
        {
            Soap.Dispose();
            return Task.CompletedTask;
        }
    }
}
