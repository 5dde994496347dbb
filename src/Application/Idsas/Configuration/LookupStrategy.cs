namespace Nsp.Application.Idsas.Configuration;

/// <summary><c>idsas.lookup.strategy</c>: find blurrings by <c>patient_id</c> (CPR), by <c>patient_id_hashed</c>
/// (HASH) or by either (BOTH).</summary>
public enum LookupStrategy
{
    Cpr,
    Hash,
    Both,
}
