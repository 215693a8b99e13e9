using System.Diagnostics;
using Azure.Storage.Queues;

namespace OrderPipeline.Benchmark;

/// <summary>
/// Waits until a number of inbound entries are finished (Done or Error). The inbound queue summary answers that, but
/// each call is a query per inbound partition over every entry ever taken in, which on Azurite costs more the longer
/// the run and takes CPU from the pipeline being measured. So, where the benchmark knows the app's inbound queue, it
/// watches the queue's message count (one cheap request; a message is deleted only once its entry is finished) and asks
/// the summary only when the queue looks empty.
/// </summary>
internal sealed class DoneWatcher(PipelineClient client, QueueClient? inboundQueue, Progress progress)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public int SummaryPolls { get; private set; }

    /// <summary>
    /// What the summaries taken while nothing was processing cost the app in storage, so that a phase's cost per order
    /// can leave it out (the summary reads every inbound entry; the benchmark's watching is not the pipeline's cost).
    /// </summary>
    public StorageOperations Overhead { get; private set; } = StorageOperations.None;

    public static DoneWatcher For(BenchmarkTarget target, PipelineClient client, Progress progress) => new(
        client,
        target.StorageConnection is { } connection && target.InboundQueueName is { } queue ? new QueueClient(connection, queue) : null,
        progress);

    public async Task<Dictionary<string, int>> SummaryAsync(CancellationToken cancellationToken)
    {
        SummaryPolls++;
        return await client.SummaryAsync(cancellationToken);
    }

    public static int Finished(Dictionary<string, int> summary) => summary.GetValueOrDefault("Done") + summary.GetValueOrDefault("Error");

    /// <returns>The summary once <paramref name="finished"/> entries are Done or in Error.</returns>
    public async Task<Dictionary<string, int>> WaitAsync(int finished, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var lastReport = started;
        while (true)
        {
            var queued = inboundQueue is null ? -1 : (await inboundQueue.GetPropertiesAsync(cancellationToken)).Value.ApproximateMessagesCount;
            if (queued <= 0)
            {
                var before = queued == 0 ? await client.StorageOperationsAsync(cancellationToken) : null;
                var summary = await SummaryAsync(cancellationToken);
                if (before is not null && await client.StorageOperationsAsync(cancellationToken) is { } after)
                {
                    Overhead += after - before;
                }

                if (Finished(summary) >= finished) return summary;
            }

            if (Stopwatch.GetElapsedTime(started) > Timeout)
            {
                throw new TimeoutException($"Entries still not finished after {Timeout.TotalMinutes} minutes; see app.log.");
            }

            if (Stopwatch.GetElapsedTime(lastReport) >= TimeSpan.FromSeconds(1))
            {
                progress.Say(queued >= 0 ? $"  waiting for Done: {queued} messages on the inbound queue" : "  waiting for Done");
                lastReport = Stopwatch.GetTimestamp();
            }

            await Task.Delay(inboundQueue is null ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
