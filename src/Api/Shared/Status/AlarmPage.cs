using System.Text;
using Nsp.Application.Shared.Status;

namespace Nsp.Api.Shared.Status;

/// <summary>An <c>/alarm</c> page: an empty 200 when nothing is wrong, otherwise 500 with one line per problem (each
/// failing check's detail, in the order given), each line ending in a newline.</summary>
public static class AlarmPage
{
    public static StatusPage Render(IEnumerable<StatusCheckResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var body = new StringBuilder();
        foreach (var problem in results.Where(r => !r.Healthy))
        {
            body.Append(problem.Detail).Append('\n');
        }

        return body.Length == 0
            ? new StatusPage(StatusCodes.Status200OK, string.Empty)
            : new StatusPage(StatusCodes.Status500InternalServerError, body.ToString());
    }
}
