namespace OrderPipeline.Domain.Validation.Catalog;

/// <summary>The ordering customer is a known account or consumer and may order.</summary>
internal static class CustomerRules
{
    public static void Check(CatalogContext context, FailureList failures)
    {
        var customerId = context.Order.CustomerId;
        if (!CatalogContext.Known(customerId)) return;

        var path = $"{context.Order.CustomerPath ?? "relatedParty"}.id";
        if (!context.Snapshot.Parties.TryGetValue(customerId, out var party))
        {
            failures.Add(path, $"customer '{customerId}' is not a known customer account or consumer; send the id of an existing, active one");
        }
        else if (!party.IsActive)
        {
            failures.Add(path, $"customer '{customerId}' is {Describe.Status(party.Status)}, not active; only an active customer account or consumer can order");
        }
    }
}
