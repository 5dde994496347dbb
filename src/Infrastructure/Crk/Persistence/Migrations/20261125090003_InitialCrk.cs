using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Crk.Persistence.Migrations;

/// <summary>CRK's shared per-service tables. Hand-written (ADR 0004).</summary>
[DbContext(typeof(CrkDbContext))]
[Migration("20261125090003_InitialCrk")]
public sealed class InitialCrk : SharedServiceTablesMigration;
