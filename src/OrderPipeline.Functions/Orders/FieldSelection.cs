using System.Text.Json;
using System.Text.Json.Nodes;
using OrderPipeline.Domain.Ordering;

namespace OrderPipeline.Functions.Orders;

/// <summary>TMF attribute selection (<c>fields=a,b</c>): only the named first-level attributes, plus <c>id</c> and <c>href</c>.</summary>
internal static class FieldSelection
{
    public static JsonArray Apply<TOrder>(IEnumerable<TOrder> orders, IReadOnlySet<string> fields)
        where TOrder : class, ITmfOrder<TOrder>
    {
        var selected = new JsonArray();
        foreach (var order in orders)
        {
            var full = JsonSerializer.SerializeToNode(order, TOrder.JsonTypeInfo)!.AsObject();
            var kept = new JsonObject();
            foreach (var (name, value) in full)
            {
                if (name is "id" or "href" || fields.Contains(name))
                {
                    kept[name] = value?.DeepClone();
                }
            }

            selected.Add(kept);
        }

        return selected;
    }
}
