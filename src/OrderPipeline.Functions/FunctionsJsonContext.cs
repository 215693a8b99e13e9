using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Events;
using OrderPipeline.Functions.Health;
using OrderPipeline.Functions.InboundQueue;
using OrderPipeline.Functions.Orders;
using OrderPipeline.Functions.Validation;
using OrderPipeline.Storage.Diagnostics;

namespace OrderPipeline.Functions;

/// <summary>Source-generated JSON for what the HTTP layer writes and reads besides the TMF resources.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TmfError))]
[JsonSerializable(typeof(AsyncAcceptance))]
[JsonSerializable(typeof(BulkIntakeAnswer))]
[JsonSerializable(typeof(InboundEntryView))]
[JsonSerializable(typeof(List<InboundEntryView>))]
[JsonSerializable(typeof(Dictionary<string, int>))]
[JsonSerializable(typeof(HealthStatus))]
[JsonSerializable(typeof(StorageOperationCounts))]
[JsonSerializable(typeof(JsonArray))]
[JsonSerializable(typeof(List<ValidationSwitchView>))]
[JsonSerializable(typeof(Events.EventSubscription))]
[JsonSerializable(typeof(Events.EventSubscriptionInput))]
[JsonSerializable(typeof(List<UndeliveredEventView>))]
internal sealed partial class FunctionsJsonContext : JsonSerializerContext;
