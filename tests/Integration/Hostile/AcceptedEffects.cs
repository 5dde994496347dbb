using Nsp.Api.Idsas.Soap;
using Nsp.Api.Shared.Soap;

namespace Nsp.Tests.Integration.Hostile;

/// <summary>What the accepted (HTTP 200) hostile calls may have stored, read from the very bytes the server accepted
/// with the gateway's own reader and IDSAS's own mappers, so the expectation is the server's reading, not ours.</summary>
public sealed class AcceptedEffects
{
    private readonly Dictionary<string, List<DateTime>> _blurringEnds = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _createdOrgs = [];
    private readonly HashSet<(string, string)> _removedOrgs = [];

    /// <summary>Patient ids (with the caller's CVR, always the test STS's) and the end dates accepted for them.</summary>
    public IReadOnlyDictionary<string, List<DateTime>> BlurringEnds => _blurringEnds;

    public IReadOnlySet<(string OrgId, string Classification)> CreatedOrgs => _createdOrgs;

    public IReadOnlySet<(string OrgId, string Classification)> RemovedOrgs => _removedOrgs;

    public void Add(HostileCase accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var message = SoapEnvelopeReader.Parse(accepted.Payload, accepted.Payload.Length, SoapVersion.Soap11, SoapParsingLimits.Default);
        switch (accepted.Base.Operation)
        {
            case "CreateBlurring":
                var blurring = CreateBlurringSoapMapper.ToCommand(message.Operation);
                if (!_blurringEnds.TryGetValue(blurring.PatientId!, out var ends))
                {
                    _blurringEnds[blurring.PatientId!] = ends = [];
                }

                ends.Add(blurring.EndDateTime!.Value.UtcDateTime);
                break;
            case "CreateOrgBlurring":
                var created = OrgBlurringSoapMapper.ToCreate(message.Operation);
                _createdOrgs.Add((created.OrgId!, created.Classification!));
                break;
            case "RemoveOrgBlurring":
                var removed = OrgBlurringSoapMapper.ToRemove(message.Operation);
                _removedOrgs.Add((removed.OrgId!, removed.Classification!));
                break;
        }
    }

    /// <summary>Every difference between <paramref name="before"/> and <paramref name="after"/> that these accepted
    /// calls cannot explain; empty when the store changed only as they allow.</summary>
    public IReadOnlyList<string> Unexplained(IdsasStoreSnapshot before, IdsasStoreSnapshot after, string callerCvr)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var problems = new List<string>();
        foreach (var (id, row) in after.Blurrings)
        {
            if (before.Blurrings.TryGetValue(id, out var old) && old == row)
            {
                continue;
            }

            bool explained = row.Cvr == callerCvr
                && _blurringEnds.TryGetValue(row.PatientId, out var ends)
                && ends.Exists(end => Math.Abs((end - row.EndDate).TotalSeconds) < 1);
            if (!explained)
            {
                problems.Add($"blurring {id} ({row.PatientId}, {row.Cvr}, ends {row.EndDate:O}) was stored or changed by no accepted call");
            }
        }

        problems.AddRange(before.Blurrings.Keys.Where(id => !after.Blurrings.ContainsKey(id)).Select(id => $"blurring {id} disappeared"));

        foreach (var (id, row) in after.OrgBlurrings)
        {
            var key = (row.OrgId, row.Classification);
            if (before.OrgBlurrings.TryGetValue(id, out var old))
            {
                bool removedByCall = old.RemovedAt is null && row.RemovedAt is not null && _removedOrgs.Contains(key)
                    && (old.OrgId, old.Classification, old.Created) == (row.OrgId, row.Classification, row.Created);
                bool same = old == row || removedByCall;
                if (!same)
                {
                    problems.Add($"org_blurring {id} ({row.OrgId}, {row.Classification}) changed without an accepted RemoveOrgBlurring");
                }
            }
            else if (!_createdOrgs.Contains(key) || (row.RemovedAt is not null && !_removedOrgs.Contains(key)))
            {
                problems.Add($"org_blurring {id} ({row.OrgId}, {row.Classification}, removed {row.RemovedAt:O}) was stored by no accepted call");
            }
        }

        problems.AddRange(before.OrgBlurrings.Keys.Where(id => !after.OrgBlurrings.ContainsKey(id)).Select(id => $"org_blurring {id} disappeared"));
        problems.AddRange(_createdOrgs.Where(key => !after.OrgBlurrings.Values.Any(r => (r.OrgId, r.Classification) == key))
            .Select(key => $"an accepted CreateOrgBlurring of {key} stored nothing"));
        if (!before.Untouchable.SequenceEqual(after.Untouchable, StringComparer.Ordinal))
        {
            problems.Add("salt, whitelist or dead_letter changed: " + string.Join("; ", after.Untouchable.Except(before.Untouchable, StringComparer.Ordinal)));
        }

        return problems;
    }
}
