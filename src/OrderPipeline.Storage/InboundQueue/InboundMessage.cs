using System.Text.Json.Serialization;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// The queue message for inbound entries: pointers, never orders (a message holds 64 KiB, an order can be megabytes).
/// <c>{"id": …}</c> names one entry; <c>{"ids": […]}</c> the entries accepted together in one group commit.
/// An entry's partition follows from its id. <c>traceParents</c>, present while the app is traced, maps each entry id to the
/// W3C <c>traceparent</c> of its intake, so that processing continues each order's own trace.
/// </summary>
public sealed record InboundMessage(
    string? Id = null, IReadOnlyList<string>? Ids = null, IReadOnlyDictionary<string, string>? TraceParents = null)
{
    /// <summary>Most ids one message carries (32 hex characters each, far below the 64 KiB of a message).</summary>
    public const int MaxIds = 32;

    public string? TraceParentOf(string entryId) => TraceParents?.GetValueOrDefault(entryId);

    [JsonIgnore]
    public IReadOnlyList<string> EntryIds => Ids is { Count: > 0 } ids ? ids : Id is { Length: > 0 } id ? [id] : [];
}
