using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Nsp.Infrastructure.Shared.Configuration;

namespace Nsp.Api.Shared.Operations;

/// <summary><c>nsp.operations.allowed.clients</c>: the addresses and CIDR ranges that may call operations URLs (job
/// triggers, the operations parts' pages; ADR 0027). Parsed once at start-up; a malformed entry stops the host.</summary>
/// <remarks>
/// An entry is an IPv4 address in four dotted parts, an IPv6 address, or either with <c>/prefix</c>. A range's host
/// bits are ignored (<c>127.0.0.1/8</c> is <c>127.0.0.0/8</c>), as routers and firewalls read it. IPv4-mapped IPv6
/// addresses (<c>::ffff:10.1.2.3</c>) are compared as the IPv4 address they carry, on both sides, because a
/// dual-stack socket reports IPv4 callers that way.
/// </remarks>
public sealed class OperationsClientAllowList
{
    public const string PropertyKey = "nsp.operations.allowed.clients";

    /// <summary>Loopback only: cron on the same host.</summary>
    public const string DefaultValue = "127.0.0.1/8,::1";

    private const string Expected =
        "a comma-separated list of IPv4/IPv6 addresses and CIDR ranges, such as 127.0.0.1/8,::1,10.20.0.0/16";

    private readonly IPNetwork[] _networks;

    private OperationsClientAllowList(IPNetwork[] networks) => _networks = networks;

    /// <summary>The default list (<see cref="DefaultValue"/>), for hosts that did not register one.</summary>
    public static OperationsClientAllowList Loopback { get; } = Parse(DefaultValue.Split(','), out _)!;

    /// <summary>The allowed ranges in the order given (single addresses as /32 or /128).</summary>
    public IReadOnlyList<IPNetwork> Networks => _networks;

    /// <exception cref="InvalidPropertyException">An entry is not an address or a CIDR range; the message names the
    /// property, <c>nsp.properties</c> and the entry.</exception>
    public static OperationsClientAllowList From(IConfiguration configuration)
    {
        var root = PropertySection.Root(configuration);
        var entries = root.GetList(PropertyKey, DefaultValue.Split(','));
        return Parse(entries, out var malformed)
            ?? throw root.InvalidProperty(PropertyKey, root.GetString(PropertyKey, string.Empty), $"{Expected} ('{malformed}' is neither)");
    }

    /// <summary>The list, or null with the first entry that is neither an address nor a range.</summary>
    public static OperationsClientAllowList? Parse(IEnumerable<string> entries, out string? malformed)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var networks = new List<IPNetwork>();
        foreach (var entry in entries)
        {
            if (!TryParseEntry(entry.Trim(), out var network))
            {
                malformed = entry;
                return null;
            }

            networks.Add(network);
        }

        malformed = null;
        return new OperationsClientAllowList([.. networks]);
    }

    /// <summary>Whether <paramref name="address"/> lies in one of the ranges. Null is not decided here: see
    /// <see cref="OperationsAccess"/>.</summary>
    public bool Allows(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var plain = Unmapped(address);
        foreach (var network in _networks)
        {
            if (network.Contains(plain))
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => string.Join(',', _networks);

    private static IPAddress Unmapped(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static bool TryParseEntry(string text, out IPNetwork network)
    {
        network = default;
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? text : text[..slash];
        if (!TryParseAddress(addressText, out var address))
        {
            return false;
        }

        var maximum = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = maximum;
        if (slash >= 0 && (!int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) || prefix > maximum))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6 && prefix >= 96)
        {
            (address, prefix) = (address.MapToIPv4(), prefix - 96);
        }

        network = new IPNetwork(Masked(address, prefix), prefix);
        return true;
    }

    private static bool TryParseAddress(string text, out IPAddress address)
    {
        address = IPAddress.None;

        // IPAddress.TryParse also takes "10" (0.0.0.10) and "127.1", and scope ids ("fe80::1%eth0"): not what an
        // operator means in an allow-list, so only the full forms pass.
        var ipv6 = text.Contains(':', StringComparison.Ordinal);
        if (text.Length == 0 || text.Contains('%', StringComparison.Ordinal) || (!ipv6 && text.Split('.').Length != 4))
        {
            return false;
        }

        if (!IPAddress.TryParse(text, out var parsed))
        {
            return false;
        }

        address = parsed;
        return address.AddressFamily == (ipv6 ? AddressFamily.InterNetworkV6 : AddressFamily.InterNetwork);
    }

    private static IPAddress Masked(IPAddress address, int prefix)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var kept = Math.Clamp(prefix - (i * 8), 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - kept));
        }

        return new IPAddress(bytes);
    }
}
