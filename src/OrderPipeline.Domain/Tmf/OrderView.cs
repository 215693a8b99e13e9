namespace OrderPipeline.Domain.Tmf;

/// <summary>
/// What validation reads from a TMF622 or TMF641 order, the same for both. <see cref="CustomerId"/> is the ordering
/// customer (the related party whose <c>@referredType</c> or <c>role</c> is Customer or Consumer) and
/// <see cref="CustomerPath"/> where it was sent (<c>relatedParty[0]</c>). <see cref="Items"/> holds the items that are
/// objects; each keeps its index in the order, for paths.
/// </summary>
public sealed record OrderView(OrderVocabulary Names, string? CustomerId, string? CustomerPath, IReadOnlyList<OrderItemView> Items)
{
    public string ItemPath(OrderItemView item) => $"{Names.Items}[{item.Index}]";
}
