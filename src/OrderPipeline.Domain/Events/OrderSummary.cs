using System.Text.Json.Nodes;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Events;

/// <summary>What an order event says about the order: who it is and what state it is in, and why.</summary>
public sealed record OrderSummary(
    OrderType OrderType,
    string Id,
    string? ExternalId,
    string State,
    DateTimeOffset OrderDate,
    DateTimeOffset? CancellationDate = null,
    string? CancellationReason = null,
    OrderErrorMessage? Error = null)
{
    public JsonObject ToJson()
    {
        var names = OrderVocabulary.For(OrderType);
        var json = new JsonObject
        {
            ["id"] = Id,
            ["href"] = OrderResource.HrefFor(OrderType, Id),
            ["externalId"] = ExternalId,
            ["state"] = State,
            ["orderDate"] = TmfDate.Format(OrderDate),
        };
        if (CancellationDate is { } cancelled) json["cancellationDate"] = TmfDate.Format(cancelled);
        if (CancellationReason is not null) json["cancellationReason"] = CancellationReason;
        if (Error is not null)
        {
            json["errorMessage"] = new JsonArray(new JsonObject
            {
                ["code"] = Error.Code, ["reason"] = Error.Reason, ["message"] = Error.Message,
            });
        }

        json["@type"] = names.ResourceType;
        return json;
    }
}
