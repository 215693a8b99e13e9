using System.Text.Json;
using System.Text.Json.Nodes;
using OrderPipeline.Domain;
using OrderPipeline.Domain.ProductOrders;

namespace OrderPipeline.Functions.ProductOrders;

/// <summary>TMF attribute selection (<c>fields=a,b</c>): only the named first-level attributes, plus <c>id</c> and <c>href</c>.</summary>
internal static class FieldSelection
{
    public static JsonArray Apply(IEnumerable<ProductOrder> orders, IReadOnlySet<string> fields)
    {
        var selected = new JsonArray();
        foreach (var order in orders)
        {
            var full = JsonSerializer.SerializeToNode(order, TmfJsonContext.Default.ProductOrder)!.AsObject();
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
