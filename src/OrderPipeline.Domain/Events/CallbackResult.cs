namespace OrderPipeline.Domain.Events;

/// <summary>What one POST of an event to a callback came to: accepted (2xx), or why not.</summary>
public sealed record CallbackResult(string? Error)
{
    public static CallbackResult Accepted { get; } = new((string?)null);

    public bool IsAccepted => Error is null;

    public static CallbackResult Failed(string error) => new(error);
}
