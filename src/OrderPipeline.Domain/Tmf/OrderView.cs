namespace OrderPipeline.Domain.Tmf;

/// <summary>
/// What validation reads from a TMF622 or TMF641 order, the same for both. <see cref="Items"/> holds the items
/// that are objects; each keeps its index in the order, for paths.
/// </summary>
public sealed record OrderView(OrderVocabulary Names, string? CustomerId, IReadOnlyList<OrderItemView> Items)
{
    public string ItemPath(OrderItemView item) => $"{Names.Items}[{item.Index}]";
}
