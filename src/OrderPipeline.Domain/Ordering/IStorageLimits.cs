namespace OrderPipeline.Domain.Ordering;

/// <summary>What the order store can hold: a row has a size limit that no retry can get past.</summary>
public interface IStorageLimits
{
    /// <summary>Why the store could never hold this customer order (which row, how big, the limit), or null when it can.</summary>
    string? WhyTooLarge(CustomerOrder order);
}
