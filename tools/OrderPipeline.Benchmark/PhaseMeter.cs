using System.Diagnostics;

namespace OrderPipeline.Benchmark;

/// <summary>
/// What a phase cost: the app's storage requests and entities (read from the app before and after, less what the
/// benchmark's own summaries cost) and the CPU of each process.
/// </summary>
internal sealed class PhaseMeter
{
    private readonly PipelineClient client;
    private readonly BenchmarkTarget target;
    private readonly DoneWatcher done;
    private readonly StorageOperations? operations;
    private readonly StorageOperations overhead;
    private readonly Snapshot cpu;

    private PhaseMeter(PipelineClient client, BenchmarkTarget target, DoneWatcher done, StorageOperations? operations, Snapshot cpu)
    {
        this.client = client;
        this.target = target;
        this.done = done;
        this.operations = operations;
        overhead = done.Overhead;
        this.cpu = cpu;
    }

    public static async Task<PhaseMeter> StartAsync(PipelineClient client, BenchmarkTarget target, DoneWatcher done, CancellationToken cancellationToken)
    {
        var operations = await client.StorageOperationsAsync(cancellationToken);
        return new PhaseMeter(client, target, done, operations, Snapshot.Take(target));
    }

    /// <returns>Storage requests per order (null when the app does not count them) and the CPU used.</returns>
    public async Task<(StorageOperations? PerOrder, CpuUse? Cpu)> StopAsync(int orders, CancellationToken cancellationToken)
    {
        var end = Snapshot.Take(target);
        var after = await client.StorageOperationsAsync(cancellationToken);
        var perOrder = operations is null || after is null || orders == 0 ? null : (after - operations - (done.Overhead - overhead)).Per(orders);
        return (perOrder, cpu.Until(end, orders));
    }

    private sealed record Snapshot(long Timestamp, double? App, double? Azurite, double Client, (double Busy, double All)? Machine)
    {
        public static Snapshot Take(BenchmarkTarget target) => new(
            Stopwatch.GetTimestamp(),
            CpuTime.OfProcess(target.AppProcessId),
            CpuTime.OfProcess(target.AzuriteProcessId),
            Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds,
            CpuTime.OfMachine());

        public CpuUse? Until(Snapshot end, int orders)
        {
            if (App is null || Azurite is null || Machine is null || end.App is null || end.Azurite is null || end.Machine is null)
            {
                return null;
            }

            var wall = Stopwatch.GetElapsedTime(Timestamp, end.Timestamp).TotalSeconds;
            var app = end.App.Value - App.Value;
            var azurite = end.Azurite.Value - Azurite.Value;
            var client = end.Client - Client;
            var busy = end.Machine.Value.Busy - Machine.Value.Busy;
            return new CpuUse(
                Round(app / wall), Round(azurite / wall), Round(client / wall), Round(Math.Max(0, busy - app - azurite - client) / wall),
                Environment.ProcessorCount)
            {
                AppMsPerOrder = orders == 0 ? 0 : Round(app * 1000 / orders),
                AzuriteMsPerOrder = orders == 0 ? 0 : Round(azurite * 1000 / orders),
            };
        }

        private static double Round(double value) => Math.Round(value, 2);
    }
}
