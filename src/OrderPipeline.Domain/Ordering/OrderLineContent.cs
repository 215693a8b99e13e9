using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Ordering;

/// <summary>What a customer order line keeps of its order item besides the fields validation reads: the place as sent, the contacts, the whole item.</summary>
public sealed record OrderLineContent(string? PlaceJson, IReadOnlyList<RelatedParty> Contacts, string ItemJson);
