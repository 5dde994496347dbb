using System.Globalization;
using MediatR;
using Nsp.Application.Shared.Errors;

namespace Nsp.Application.MinLog.Lookup;

/// <summary>Reads one more entry than an answer may hold, so a period holding too many is refused without counting
/// them all; the refusal asks for a shorter period.</summary>
public sealed class ListLogStatementsHandler(ILogStatementQueries queries, MinLogLookupSettings settings)
    : IRequestHandler<ListLogStatementsQuery, ListLogStatementsResult>
{
    public async Task<ListLogStatementsResult> Handle(ListLogStatementsQuery request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string cpr = request.CprNr!;
        var statements = await queries.ListAsync(cpr, request.FraDato, request.TilDato, settings.MaxEntries + 1, cancellationToken);
        if (statements.Count > settings.MaxEntries)
        {
            throw new RequestValidationException(
                "fraDato/tilDato",
                string.Create(CultureInfo.InvariantCulture, $"the period holds more than {settings.MaxEntries} log statements (minlog.lookup.max.entries); ask for a shorter period"));
        }

        return new ListLogStatementsResult(cpr, statements);
    }
}
