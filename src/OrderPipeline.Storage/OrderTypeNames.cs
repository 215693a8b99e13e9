using OrderPipeline.Domain;

namespace OrderPipeline.Storage;

/// <summary>How an order type is written in a row (<c>product</c>, <c>service</c>): the entry's type, as the admin sees it.</summary>
internal static class OrderTypeNames
{
    public static string Of(OrderType orderType) => orderType == OrderType.Product ? "product" : "service";

    public static OrderType Parse(string? name) => name == "service" ? OrderType.Service : OrderType.Product;
}
