using System.Text.Json;
using Azure.Data.Tables;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.Ordering;

/// <summary>
/// Maps a customer order to rows: a header (partition = order id) in one table and one row per line
/// (partition = order id, row = line number) in another. Keys depend only on the order, so rewriting converges.
/// </summary>
internal static class CustomerOrderRows
{
    public const string HeaderRowKey = "order";

    public static TableEntity ToHeader(CustomerOrder order)
    {
        var header = new TableEntity(order.Id, HeaderRowKey)
        {
            ["OrderType"] = order.OrderType == OrderType.Product ? "product" : "service",
            ["State"] = order.State,
            ["OrderDate"] = order.OrderDate,
            ["ExternalId"] = order.ExternalId,
            ["CustomerId"] = order.CustomerId,
            ["LineCount"] = order.Lines.Count,
        };
        // The lines keep their own items; the header keeps the rest of the TMF resource.
        LargeText.Write(header, "Resource", JsonSerializer.Serialize(order.Resource with { ProductOrderItem = null }, TmfJsonContext.Default.ProductOrder));
        return header;
    }

    public static TableEntity ToLine(string orderId, CustomerOrderLine line)
    {
        var row = new TableEntity(orderId, LineRowKey(line.Number))
        {
            ["LineId"] = line.LineId,
            ["Action"] = line.Action.ToString(),
            ["Quantity"] = line.Quantity,
            ["ProductOfferingId"] = line.ProductOfferingId,
            ["ProductSpecificationId"] = line.ProductSpecificationId,
            ["ProductId"] = line.ProductId,
            ["Place"] = line.PlaceJson,
        };
        LargeText.Write(row, "Characteristics", JsonSerializer.Serialize(line.Characteristics.ToList(), TmfJsonContext.Default.ListCharacteristic));
        LargeText.Write(row, "Contacts", JsonSerializer.Serialize(line.Contacts.ToList(), TmfJsonContext.Default.ListRelatedParty));
        LargeText.Write(row, "Relationships", JsonSerializer.Serialize(line.Relationships.ToList(), TmfJsonContext.Default.ListOrderItemRelationship));
        LargeText.Write(row, "Item", JsonSerializer.Serialize(line.Item, TmfJsonContext.Default.ProductOrderItem));
        return row;
    }

    public static ProductOrder ToProductOrder(TableEntity header, IEnumerable<TableEntity> lines)
    {
        var resource = JsonSerializer.Deserialize(LargeText.Read(header, "Resource") ?? "{}", TmfJsonContext.Default.ProductOrder) ?? new ProductOrder();
        var items = lines.Select(line => JsonSerializer.Deserialize(LargeText.Read(line, "Item") ?? "{}", TmfJsonContext.Default.ProductOrderItem)!);
        return resource with { ProductOrderItem = [.. items] };
    }

    public static ProductOrder ToProductOrderWithoutItems(TableEntity header) =>
        JsonSerializer.Deserialize(LargeText.Read(header, "Resource") ?? "{}", TmfJsonContext.Default.ProductOrder) ?? new ProductOrder();

    // Six digits keep lines in order when the table sorts row keys as strings.
    private static string LineRowKey(int number) => number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
