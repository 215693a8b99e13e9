using System.Text.Json;
using Azure.Data.Tables;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Ordering;
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
            ["OrderType"] = OrderTypeNames.Of(order.OrderType),
            ["State"] = order.State,
            ["OrderDate"] = order.OrderDate,
            ["ExternalId"] = order.ExternalId,
            ["CustomerId"] = order.CustomerId,
            ["LineCount"] = order.Lines.Count,
        };
        // The lines keep their own items; the header keeps the rest of the TMF resource.
        LargeText.Write(header, "Resource", order.HeaderJson);
        return header;
    }

    public static TableEntity ToLine(string orderId, CustomerOrderLine line)
    {
        var row = new TableEntity(orderId, LineRowKey(line.Number))
        {
            ["LineId"] = line.LineId,
            ["Action"] = line.Action.ToString(),
            ["Quantity"] = line.Quantity,
            ["OfferingId"] = line.OfferingId,
            ["SpecificationId"] = line.SpecificationId,
            ["InventoryId"] = line.InventoryId,
            ["Place"] = line.PlaceJson,
        };
        LargeText.Write(row, "Characteristics", JsonSerializer.Serialize(line.Characteristics.ToList(), TmfJsonContext.Default.ListCharacteristic));
        LargeText.Write(row, "Contacts", JsonSerializer.Serialize(line.Contacts.ToList(), TmfJsonContext.Default.ListRelatedParty));
        LargeText.Write(row, "Relationships", JsonSerializer.Serialize(line.Relationships.ToList(), TmfJsonContext.Default.ListItemRelationshipView));
        LargeText.Write(row, "Item", line.ItemJson);
        return row;
    }

    public static StoredOrder ToStoredOrder(TableEntity header, IEnumerable<TableEntity>? lines) =>
        new(LargeText.Read(header, "Resource") ?? "{}", lines?.Select(line => LargeText.Read(line, "Item") ?? "{}").ToList());

    // Six digits keep lines in order when the table sorts row keys as strings.
    private static string LineRowKey(int number) => number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
