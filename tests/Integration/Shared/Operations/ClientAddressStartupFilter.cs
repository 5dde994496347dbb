using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Nsp.Tests.Integration.Shared.Operations;

/// <summary>Tests only: while <see cref="Address"/> is set, every call comes from it, as Kestrel reports a caller on
/// another host; unset, the server's own address stands (null on the in-process test server).</summary>
public sealed class ClientAddressStartupFilter : IStartupFilter
{
    public IPAddress? Address { get; set; }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (Address is not null)
            {
                context.Connection.RemoteIpAddress = Address;
            }

            return following(context);
        });
        next(app);
    };
}
