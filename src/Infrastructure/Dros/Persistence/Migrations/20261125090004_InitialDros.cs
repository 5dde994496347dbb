using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Dros.Persistence.Migrations;

/// <summary>DROS's shared per-service tables. Hand-written (ADR 0004).</summary>
[DbContext(typeof(DrosDbContext))]
[Migration("20261125090004_InitialDros")]
public sealed class InitialDros : SharedServiceTablesMigration;
