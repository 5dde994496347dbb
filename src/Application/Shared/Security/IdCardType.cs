namespace Nsp.Application.Shared.Security;

/// <summary>Who a call acts as: a signed system or user ID card, an IDWS citizen token, or a job run by operations.</summary>
public enum CallerKind
{
    SystemCard,
    UserCard,
    CitizenToken,
    Job,
}
