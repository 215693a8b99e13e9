using OrderPipeline.Domain.Ordering;

namespace OrderPipeline.Domain.Tmf;

/// <summary>TMF OrderItemActionType and the customer order line action each maps to (ServiceNow's names).</summary>
public static class OrderItemAction
{
    public const string Add = "add";
    public const string Modify = "modify";
    public const string Delete = "delete";
    public const string NoChange = "noChange";

    public const string AllowedValues = "add, modify, delete, noChange";

    public static bool TryParse(string? action, out LineAction lineAction)
    {
        (var known, lineAction) = action switch
        {
            Add => (true, LineAction.Add),
            Modify => (true, LineAction.Change),
            Delete => (true, LineAction.Disconnect),
            NoChange => (true, LineAction.NoChange),
            _ => (false, default),
        };
        return known;
    }
}
