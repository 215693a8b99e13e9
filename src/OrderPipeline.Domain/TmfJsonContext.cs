using System.Text.Json;
using System.Text.Json.Serialization;
using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.ServiceOrders;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain;

/// <summary>Source-generated JSON for the TMF resources: camelCase names, nulls left out.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ProductOrder))]
[JsonSerializable(typeof(List<ProductOrder>))]
[JsonSerializable(typeof(ProductOrderItem))]
[JsonSerializable(typeof(ServiceOrder))]
[JsonSerializable(typeof(List<ServiceOrder>))]
[JsonSerializable(typeof(ServiceOrderItem))]
[JsonSerializable(typeof(List<Characteristic>))]
[JsonSerializable(typeof(List<RelatedParty>))]
[JsonSerializable(typeof(List<ItemRelationshipView>))]
[JsonSerializable(typeof(List<InboundTransition>))]
[JsonSerializable(typeof(CancelProductOrder))]
[JsonSerializable(typeof(List<CancelProductOrder>))]
[JsonSerializable(typeof(CancelServiceOrder))]
[JsonSerializable(typeof(List<CancelServiceOrder>))]
public sealed partial class TmfJsonContext : JsonSerializerContext;
