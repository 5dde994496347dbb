using Nsp.Application.Odr.Configuration;
using Nsp.Application.Shared.Security;

namespace Nsp.Application.Odr.Access;

/// <summary>Who may call what (DESIGN 5.2's reading of the seed's table, ADR 0030):
/// <list type="bullet">
/// <item>Create, Update, Delete: citizen (own CPR), health professional, admin.</item>
/// <item>Get: health professional, admin.</item>
/// <item>Has: citizen (own CPR), health professional, system, admin.</item>
/// </list>
/// A citizen holds an IDWS token, a health professional a user card with an authorisation code, a system a system
/// card; admin is a user card from an <c>odr.admin.allowed.client.system.name</c> system arriving at
/// <c>/odr/odrAdmin</c>, which accepts nobody else. Refusals say what the caller lacks, nothing about the data.</summary>
public sealed class OdrAccessMatrix(OdrSettings settings)
{
    public OdrAccessDecision Decide(OdrOperation operation, SecurityContext caller, string? id, bool admin)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (admin)
        {
            if (caller.Kind != CallerKind.UserCard)
            {
                return new(null, $"{operation} on the admin endpoint requires a user ID card.");
            }

            return settings.AllowsAdmin(caller.ItSystemName)
                ? new(OdrActorType.Admin, null)
                : new(null, $"The calling system may not use the admin endpoint (odr.admin.allowed.client.system.name).");
        }

        OdrActorType? actor = caller.Kind switch
        {
            CallerKind.CitizenToken => OdrActorType.Citizen,
            CallerKind.UserCard when !string.IsNullOrWhiteSpace(caller.UserAuthorizationCode) => OdrActorType.HealthProfessional,
            CallerKind.SystemCard => OdrActorType.System,
            _ => null,
        };
        if (actor is not { } known)
        {
            return new(null, caller.Kind == CallerKind.UserCard
                ? $"{operation} requires a user ID card with an authorisation code."
                : $"{operation} is not available to this kind of caller.");
        }

        if (!Allows(operation, known))
        {
            return new(known, $"{operation} is not available to a {known.ToAuditText()} caller.");
        }

        if (known == OdrActorType.Citizen
            && (string.IsNullOrEmpty(caller.UserCpr) || !string.Equals(caller.UserCpr, id, StringComparison.Ordinal)))
        {
            return new(known, $"A citizen may call {operation} only on their own CPR number.");
        }

        return new(known, null);
    }

    public static bool Allows(OdrOperation operation, OdrActorType actor) => actor switch
    {
        OdrActorType.Admin or OdrActorType.HealthProfessional => true,
        OdrActorType.Citizen => operation != OdrOperation.GetOrganDonorRegistration,
        OdrActorType.System => operation == OdrOperation.HasOrganDonorRegistration,
        _ => false,
    };
}
