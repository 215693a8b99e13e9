using Microsoft.Extensions.Options;

namespace OrderPipeline.Domain.InboundQueue;

/// <summary>
/// Keeps the inbound table bounded: deletes entries Done for longer than <see cref="InboundQueueOptions.DoneRetention"/>
/// (their customer orders stay). Entries in Error stay until an admin retries or deletes them.
/// </summary>
public sealed class InboundEntryPurge(IInboundEntryStore entries, IOptions<InboundQueueOptions> options, TimeProvider clock)
{
    public Task<int> PurgeAsync(CancellationToken cancellationToken) =>
        entries.PurgeDoneAsync(clock.GetUtcNow() - options.Value.DoneRetention, cancellationToken);
}
