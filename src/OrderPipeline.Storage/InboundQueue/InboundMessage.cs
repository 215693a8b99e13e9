using System.Text.Json.Serialization;

namespace OrderPipeline.Storage.InboundQueue;

/// <summary>
/// The queue message for inbound entries: <c>{"entries": […]}</c>, the entries accepted together in one group commit,
/// each with the entry as stored and its order when small (see <see cref="InboundMessageEntry"/>), else its id alone.
/// A message holds 64 KiB (Base64 included), so small orders share it up to <see cref="MaxBytes"/>. Older pointer forms,
/// <c>{"id": …}</c> and <c>{"ids": […]}</c>, are still read. An entry's partition follows from its id.
/// </summary>
public sealed record InboundMessage(
    string? Id = null,
    IReadOnlyList<string>? Ids = null,
    IReadOnlyList<InboundMessageEntry>? Entries = null)
{
    /// <summary>Most entries one message names.</summary>
    public const int MaxEntries = 32;

    /// <summary>Most bytes of JSON in one message: 64 KiB less a third for Base64, less room for the envelope.</summary>
    public const int MaxBytes = 46_000;

    /// <summary>Largest entry, order included, that travels whole; a larger one travels as its id.</summary>
    public const int MaxEntryBytes = 12_000;

    [JsonIgnore]
    public IReadOnlyList<InboundMessageEntry> AllEntries =>
        Entries is { Count: > 0 } entries ? entries
        : Ids is { Count: > 0 } ids ? [.. ids.Select(id => new InboundMessageEntry(id))]
        : Id is { Length: > 0 } id ? [new InboundMessageEntry(id)]
        : [];
}
