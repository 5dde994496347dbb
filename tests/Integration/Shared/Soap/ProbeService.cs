using System.Xml;
using System.Xml.Linq;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Nsp.Api.Shared.Soap;
using Nsp.Application.Shared.Errors;
using Nsp.Tests.Integration.Shared.Audit;

namespace Nsp.Tests.Integration.Shared.Soap;

/// <summary>The test-only operation behind the gateway's tests (contract in <c>Contract/</c>): it answers, goes
/// through MediatR, or fails in each typed way, and counts the calls that reach it.</summary>
public sealed class ProbeService
{
    public const string Namespace = "urn:nsp:test:soap-probe:2026";
    public const string Action = "urn:nsp:test:soap-probe:2026#Probe";
    public const string DomAction = "urn:nsp:test:soap-probe:2026#Dom";
    public const string SecretInInternalError = "Host=db;Password=hunter2";

    public static readonly XmlQualifiedName RequestElement = new("ProbeRequest", Namespace);

    /// <summary>An operation outside the WSDL whose handler answers with an <see cref="XmlElement"/>.</summary>
    public static readonly XmlQualifiedName DomRequestElement = new("DomRequest", Namespace);

    private static readonly XNamespace Ns = Namespace;
    private int _calls;
    private int _inFlight;
    private int _mostInFlight;
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>The most "wait" calls that were inside the handler at the same time.</summary>
    public int MostInFlight => Volatile.Read(ref _mostInFlight);

    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>Lets every waiting and later "wait" call finish.</summary>
    public void ReleaseWaiting() => _release.TrySetResult();

    public SoapCall? LastCall { get; private set; }

    public async Task<XElement> HandleAsync(SoapCall call, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        LastCall = call;
        string patientId = Child(call.Body, "patientId");
        string mode = Child(call.Body, "mode");
        if (mode == "wait")
        {
            int now = Interlocked.Increment(ref _inFlight);
            int most;
            while (now > (most = Volatile.Read(ref _mostInFlight)) && Interlocked.CompareExchange(ref _mostInFlight, now, most) != most)
            {
            }

            await _release.Task.WaitAsync(cancellationToken);
            Interlocked.Decrement(ref _inFlight);
        }

        string answer = mode switch
        {
            "wait" => "waited",
            "echo" => $"echo {patientId} for {call.Security?.Cvr ?? "anonymous"}",
            "mediator" => await call.Services.GetRequiredService<IMediator>().Send(new EchoCommand(patientId), cancellationToken),
            "invalid" => throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["patientId"] = ["must be an active CPR number"],
                ["endDateTime"] = ["must lie in the future"],
            }),
            "dependencyDown" => throw new DependencyUnavailableException("PersonInformation", "PersonInformation did not answer."),
            "dependencyUnknown" => throw new DependencyUnavailableException("Kafka", "The queue did not confirm the message.") { RetryAdvised = true },
            "internal" => throw new InvalidOperationException("Could not connect: " + SecretInInternalError),
            var other => throw new InvalidOperationException("Unknown mode " + other),
        };
        return new XElement(Ns + "ProbeResponse", new XElement(Ns + "answer", answer));
    }

    public Task<XmlElement> HandleDomAsync(SoapCall call, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        LastCall = call;
        var document = new XmlDocument();
        var response = document.CreateElement("p", "DomResponse", Namespace);
        response.InnerText = "dom " + call.Body.InnerText;
        return Task.FromResult(response);
    }

    private static string Child(XmlElement body, string name) =>
        body.GetElementsByTagName(name, Namespace)[0]?.InnerText ?? string.Empty;
}
