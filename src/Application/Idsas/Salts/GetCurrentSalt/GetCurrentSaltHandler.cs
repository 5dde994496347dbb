using MediatR;

namespace Nsp.Application.Idsas.Salts.GetCurrentSalt;

public sealed class GetCurrentSaltHandler(ISaltRepository salts) : IRequestHandler<GetCurrentSaltQuery, GetCurrentSaltResult>
{
    public async Task<GetCurrentSaltResult> Handle(GetCurrentSaltQuery request, CancellationToken cancellationToken)
    {
        var salt = await salts.CurrentAsync(cancellationToken) ?? throw new NoCurrentSaltException();
        return new GetCurrentSaltResult(salt.Base64Value, salt.Created);
    }
}
