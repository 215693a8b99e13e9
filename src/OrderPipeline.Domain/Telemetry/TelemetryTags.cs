using OrderPipeline.Domain.InboundQueue;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.Telemetry;

/// <summary>Names and values of the tags on the app's spans and metrics, and of the properties in its log scopes.</summary>
public static class TelemetryTags
{
    public const string OrderType = "orderpipeline.order.type";
    public const string Mode = "orderpipeline.intake.mode";
    public const string Outcome = "orderpipeline.outcome";
    public const string Reason = "orderpipeline.reason";
    public const string State = "orderpipeline.inbound.state";
    public const string OrderId = "orderpipeline.order.id";
    public const string EntryId = "orderpipeline.inbound.entry_id";
    public const string ExternalId = "orderpipeline.order.external_id";
    public const string LineCount = "orderpipeline.order.line_count";
    public const string Attempt = "orderpipeline.inbound.attempt";

    public static string OrderTypeName(Domain.OrderType orderType) => orderType == Domain.OrderType.Product ? "productOrder" : "serviceOrder";

    public static string ModeName(IntakeMode mode) => mode == IntakeMode.Sync ? "sync" : "async";

    public static string StateName(InboundState state) => state.ToString();
}
