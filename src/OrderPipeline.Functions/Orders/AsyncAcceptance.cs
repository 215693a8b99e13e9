using System.Text.Json.Serialization;
using OrderPipeline.Domain.Ordering;

namespace OrderPipeline.Functions.Orders;

/// <summary>
/// The 202 answer to an async order. <c>orderId</c> repeats <c>id</c> for clients written against ServiceNow,
/// which answers async orders with <c>{"orderId": …}</c>.
/// </summary>
public sealed record AsyncAcceptance(string Id, string OrderId, string Href, string State, [property: JsonPropertyName("@type")] string Type)
{
    public static AsyncAcceptance Of<TOrder>(TOrder accepted)
        where TOrder : class, ITmfOrder<TOrder> =>
        new(accepted.Id!, accepted.Id!, accepted.Href!, accepted.State!, TOrder.Names.ResourceType);
}
