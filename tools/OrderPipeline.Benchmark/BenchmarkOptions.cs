using System.Globalization;
using System.Reflection;

namespace OrderPipeline.Benchmark;

/// <summary>The command line. Every phase runs at the same client <see cref="Concurrency"/>.</summary>
internal sealed record BenchmarkOptions(
    int Concurrency,
    int Orders,
    int RawInserts,
    int BulkRequests,
    int OrdersPerBulkRequest,
    int LargeOrderLines,
    bool Quick,
    bool Check,
    Uri? Url,
    string? Key,
    string? StorageConnection,
    string OutputDirectory,
    string AppPath)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tools/OrderPipeline.Benchmark -- [options]

          --concurrency N        requests (or inserts) in flight at once, in every phase (default 32)
          --orders N             orders in the sync phase and in the async phase (default 2000; --quick 300)
          --raw-inserts N        entities inserted to measure the storage ceiling (default 4000; --quick 600)
          --bulk N×M             N bulk requests of M orders each (default 4x500; --quick 3x100)
          --large-lines N        lines of the multi-site order (default 5000; --quick 1000)
          --quick                small counts, for a check that everything works
          --check                exit 3 when a guarded figure misses its target (entities per order, orders lost or doubled)
          --url URL              measure a running app instead of starting Azurite and the app
          --key KEY              x-functions-key to send (an admin key: the benchmark reads /manage/...)
          --storage CONNECTION   with --url: the storage account to measure raw inserts against
          --output DIR           where the report goes (default benchmark-results)
          --app PATH             the OrderPipeline.DevHost.dll to start (default: the one built with this tool)
        """;

    public static BenchmarkOptions? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var (quick, check) = (false, false);
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--quick") quick = true;
            else if (args[i] == "--check") check = true;
            else if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length) values[args[i][2..]] = args[++i];
            else return null;
        }

        var bulk = (values.GetValueOrDefault("bulk") ?? (quick ? "3x100" : "4x500")).Split('x', '×');
        var defaultApp = typeof(BenchmarkOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "DevHostPath").Value!;
        return new BenchmarkOptions(
            Concurrency: Int(values, "concurrency", 32),
            Orders: Int(values, "orders", quick ? 300 : 2000),
            RawInserts: Int(values, "raw-inserts", quick ? 600 : 4000),
            BulkRequests: int.Parse(bulk[0], CultureInfo.InvariantCulture),
            OrdersPerBulkRequest: int.Parse(bulk[1], CultureInfo.InvariantCulture),
            LargeOrderLines: Int(values, "large-lines", quick ? 1000 : 5000),
            Quick: quick,
            Check: check,
            Url: values.TryGetValue("url", out var url) ? new Uri(url) : null,
            Key: values.GetValueOrDefault("key"),
            StorageConnection: values.GetValueOrDefault("storage"),
            OutputDirectory: values.GetValueOrDefault("output") ?? "benchmark-results",
            AppPath: values.GetValueOrDefault("app") ?? defaultApp);
    }

    private static int Int(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
