using Microsoft.Extensions.Logging;

namespace OrderPipeline.Domain.Telemetry;

/// <summary>
/// The log scope of one order's work: every line logged inside it carries <c>OrderId</c>, <c>EntryId</c> and
/// <c>ExternalId</c> as structured properties (null where not known yet, such as the id before validation passed).
/// </summary>
public static class LogScopes
{
    private static readonly Func<ILogger, string?, string?, string?, IDisposable?> OrderScope =
        LoggerMessage.DefineScope<string?, string?, string?>("Order {OrderId}, inbound entry {EntryId}, external id {ExternalId}");

    public static IDisposable? BeginOrderScope(this ILogger logger, string? orderId, string? entryId, string? externalId) =>
        OrderScope(logger, orderId, entryId, externalId);
}
