using BenchmarkDotNet.Running;
using Nsp.Benchmarks.Load;
using Nsp.Benchmarks.SideBySide;

namespace Nsp.Benchmarks;

/// <summary>The entry point (not top-level statements: those would declare a second <c>Program</c> beside the API's,
/// which WebApplicationFactory needs). <c>load ...</c> drives the real API over loopback HTTP; anything else goes to
/// BenchmarkDotNet (e.g. <c>--filter '*'</c>, <c>--list flat</c>). See docs/benchmarks.md.</summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == LoadDriver.Command)
        {
            LoadOptions? options = LoadOptions.Parse(args[1..], Console.Error);
            return options is null ? 2 : await LoadDriver.RunAsync(options, Console.Out);
        }

        if (args.Length > 0 && args[0] == SideBySideCommand.Command)
        {
            SideBySideOptions? options = SideBySideOptions.Parse(args[1..], Console.Error);
            return options is null ? 2 : await SideBySideCommand.RunAsync(options, Console.Out);
        }

        if (args.Length > 0 && args[0] == BareEndpoint.Command)
        {
            return await BareEndpoint.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args, BenchmarkConfig.Create());
        return 0;
    }
}
