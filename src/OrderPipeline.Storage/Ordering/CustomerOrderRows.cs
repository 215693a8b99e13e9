using System.Text.Json;
using Azure.Data.Tables;
using OrderPipeline.Domain;
using OrderPipeline.Domain.Ordering;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.Ordering;

/// <summary>
/// Maps a customer order to rows: a header (partition = order id) in one table and one row per line
/// (partition = order id, row = line number) in another. Keys depend only on the order, so rewriting converges.
/// The order's items, as answered back, are kept once: in the header when they fit there beside the rest of the
/// resource, so that one header row answers for the whole order; else each on its line.
/// </summary>
internal static class CustomerOrderRows
{
    public const string HeaderRowKey = "order";

    // Characters of resource and items one header may hold, leaving room under the 1 MiB entity limit for the rest.
    private const int HeaderBudget = LargeText.EntityBudget;

    /// <summary>The items as one JSON array when the header has room for them; null when they stay on the lines.</summary>
    public static string? ItemsForHeader(CustomerOrder order)
    {
        var length = order.HeaderJson.Length + 2 + order.Lines.Sum(line => line.ItemJson.Length + 1);
        return length <= HeaderBudget ? $"[{string.Join(',', order.Lines.Select(line => line.ItemJson))}]" : null;
    }

    /// <param name="items">What <see cref="ItemsForHeader"/> answered for the order.</param>
    public static TableEntity ToHeader(CustomerOrder order, string? items)
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
        LargeText.Write(header, "Resource", order.HeaderJson);
        LargeText.Write(header, "Items", items);
        return header;
    }

    public static CustomerOrderHeader ToHeaderForChange(TableEntity header, OrderType orderType) => new(
        header.PartitionKey,
        orderType,
        header.GetString("State") ?? OrderStates.Acknowledged,
        header.GetString("ExternalId"),
        header.GetDateTimeOffset("OrderDate") ?? default,
        LargeText.Read(header, "Resource") ?? "{}",
        header.ETag.ToString());

    /// <summary>The columns a change of state rewrites: the state and the resource, whose length may change with it.</summary>
    public static TableEntity ChangedHeader(CustomerOrderHeader header)
    {
        var row = new TableEntity(header.Id, HeaderRowKey) { ["State"] = header.State };
        LargeText.Write(row, "Resource", header.HeaderJson);
        return row;
    }

    /// <param name="withItem">False when the header holds the items.</param>
    public static TableEntity ToLine(string orderId, CustomerOrderLine line, bool withItem)
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
        LargeText.Write(row, "Item", withItem ? line.ItemJson : null);
        return row;
    }

    /// <summary>
    /// False for an order whose items are on its lines: one too large for its header, or one written before headers held
    /// items (such a header has no <c>Items</c>, and its lines each have their <c>Item</c>).
    /// </summary>
    public static bool HoldsItems(TableEntity header) => header.ContainsKey("ItemsChunks");

    /// <param name="lines">The order's lines, in order; read only when the caller wants items the header does not hold.</param>
    public static StoredOrder ToStoredOrder(TableEntity header, bool withItems, IEnumerable<TableEntity>? lines)
    {
        var resource = LargeText.Read(header, "Resource") ?? "{}";
        if (!withItems)
        {
            return new StoredOrder(resource, null);
        }

        return LargeText.Read(header, "Items") is { } items
            ? new StoredOrder(resource, SplitArray(items))
            : new StoredOrder(resource, (lines ?? throw new ArgumentNullException(nameof(lines), "The header does not hold the items; read the lines."))
                .Select(line => LargeText.Read(line, "Item") ?? "{}").ToList());
    }

    private static List<string> SplitArray(string items)
    {
        using var array = JsonDocument.Parse(items);
        return [.. array.RootElement.EnumerateArray().Select(item => item.GetRawText())];
    }

    // Six digits keep lines in order when the table sorts row keys as strings.
    private static string LineRowKey(int number) => number.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}
