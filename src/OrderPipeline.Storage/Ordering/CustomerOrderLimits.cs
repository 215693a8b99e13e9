using OrderPipeline.Domain.Ordering;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.Ordering;

/// <summary>Builds the rows an order would be written as and measures each against Table Storage's row limits.</summary>
internal sealed class CustomerOrderLimits : IStorageLimits
{
    public string? WhyTooLarge(CustomerOrder order) =>
        EntitySize.Problem(CustomerOrderRows.ToHeader(order), "the order header (everything but its items)")
        ?? order.Lines.Select(line => EntitySize.Problem(CustomerOrderRows.ToLine(order.Id, line), $"order item '{line.LineId}'"))
            .FirstOrDefault(problem => problem is not null);
}
