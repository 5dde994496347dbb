using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Brs.Persistence.Migrations;

/// <summary>BRS's shared per-service tables. Hand-written (ADR 0004).</summary>
[DbContext(typeof(BrsDbContext))]
[Migration("20261125090002_InitialBrs")]
public sealed class InitialBrs : SharedServiceTablesMigration;
