using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Nsp.Infrastructure.Shared.Persistence;

namespace Nsp.Infrastructure.Odr.Persistence.Migrations;

/// <summary>ODR's shared per-service tables. Hand-written (ADR 0004).</summary>
[DbContext(typeof(OdrDbContext))]
[Migration("20261125090001_InitialOdr")]
public sealed class InitialOdr : SharedServiceTablesMigration;
