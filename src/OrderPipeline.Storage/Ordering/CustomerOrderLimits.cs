using OrderPipeline.Domain.Ordering;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.Ordering;

/// <summary>Builds the rows an order would be written as and measures each against Table Storage's row limits.</summary>
internal sealed class CustomerOrderLimits : IStorageLimits
{
    public string? WhyTooLarge(CustomerOrder order)
    {
        // The rows of a small order are not built twice (here and when it is saved) only to be found small.
        if (order.HeaderJson.Length + order.Lines.Sum(line => line.ItemJson.Length) <= IStorageLimits.SmallOrderChars)
        {
            return null;
        }

        var items = CustomerOrderRows.ItemsForHeader(order);
        return EntitySize.Problem(CustomerOrderRows.ToHeader(order, items), "the order header (everything but its items' own rows)")
            ?? order.Lines.Select(line => EntitySize.Problem(CustomerOrderRows.ToLine(order.Id, line, withItem: items is null), $"order item '{line.LineId}'"))
                .FirstOrDefault(problem => problem is not null);
    }
}
