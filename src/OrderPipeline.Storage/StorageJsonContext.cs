using System.Text.Json;
using System.Text.Json.Serialization;
using OrderPipeline.Storage.Events;
using OrderPipeline.Storage.InboundQueue;

namespace OrderPipeline.Storage;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(InboundMessage))]
[JsonSerializable(typeof(InboundMessageEntry))]
[JsonSerializable(typeof(OutboxMessage))]
[JsonSerializable(typeof(List<OutboxRecipient>))]
public sealed partial class StorageJsonContext : JsonSerializerContext;
