namespace OrderPipeline.Domain.Ordering;

/// <summary>What the order store can hold: a row has a size limit that no retry can get past.</summary>
public interface IStorageLimits
{
    /// <summary>
    /// Below this many characters of order JSON no row can reach a table row's 1 MiB: a line row holds its item about
    /// twice over, as UTF-16. Smaller orders need not be measured row by row.
    /// </summary>
    const int SmallOrderChars = 200_000;

    /// <summary>Why the store could never hold this customer order (which row, how big, the limit), or null when it can.</summary>
    string? WhyTooLarge(CustomerOrder order);
}
