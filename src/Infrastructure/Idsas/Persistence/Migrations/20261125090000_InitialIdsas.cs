using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Idsas.Persistence.Migrations;

/// <summary>IDSAS's shared per-service tables. Hand-written (ADR 0004).</summary>
[DbContext(typeof(IdsasDbContext))]
[Migration("20261125090000_InitialIdsas")]
public sealed class InitialIdsas : SharedServiceTablesMigration;
