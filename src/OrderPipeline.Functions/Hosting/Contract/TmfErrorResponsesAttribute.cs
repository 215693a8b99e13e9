namespace OrderPipeline.Functions.Hosting.Contract;

/// <summary>
/// The error statuses the function answers itself, each with the TM Forum error body. The 401 of a missing key is not
/// listed: whatever checks keys answers it, for every function whose auth level is not Anonymous.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmfErrorResponsesAttribute(params int[] statuses) : Attribute
{
    public IReadOnlyList<int> Statuses { get; } = statuses;
}
