using System.Collections.Concurrent;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>
/// What clients were told: every 202 with its id, and the external id and line count of the order it accepted.
/// Safe to fill from concurrent clients; audits a pipeline's storage against it.
/// </summary>
public sealed class AcceptedOrders
{
    private readonly ConcurrentDictionary<string, (string ExternalId, int Lines)> byId = new();

    public int Count => byId.Count;
    public int ExpectedLineRows => byId.Values.Sum(order => order.Lines);
    public IReadOnlyCollection<string> Ids => [.. byId.Keys];

    /// <summary>Records a 202; an id answered twice (for one retried submission) is recorded once.</summary>
    public void Add(string id, string externalId, int lines) => byId.TryAdd(id, (externalId, lines));

    /// <summary>Compares the customer orders in storage with the accepted ones: lost, doubled, incomplete, unexpected.</summary>
    public async Task<OrderAudit> AuditAsync(PipelineStorage storage)
    {
        var headers = await storage.OrderHeadersAsync();
        var lineRows = await storage.LineRowsPerOrderAsync();
        var headerIds = headers.Select(header => header.Id).ToHashSet();
        var acceptedExternalIds = byId.Values.Select(order => order.ExternalId).ToHashSet();

        var lost = byId.Keys.Count(id => !headerIds.Contains(id));
        var incomplete = byId.Count(pair => headerIds.Contains(pair.Key)
            && (lineRows.GetValueOrDefault(pair.Key) < pair.Value.Lines || headers.First(header => header.Id == pair.Key).LineCount != pair.Value.Lines));
        // A second customer order for one submission (same external id), or more line rows than the order has.
        var doubled = headers.GroupBy(header => header.ExternalId).Sum(group => group.Count() - 1)
            + byId.Count(pair => lineRows.GetValueOrDefault(pair.Key) > pair.Value.Lines);
        var unexpected = headers.Count(header => !byId.ContainsKey(header.Id) && !acceptedExternalIds.Contains(header.ExternalId ?? ""));
        return new OrderAudit(byId.Count, headers.Count, lost, doubled, incomplete, unexpected, ExpectedLineRows, lineRows.Values.Sum());
    }
}
