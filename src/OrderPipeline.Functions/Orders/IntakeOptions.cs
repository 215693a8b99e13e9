namespace OrderPipeline.Functions.Orders;

/// <summary>App settings <c>Intake__*</c>: limits on what a client may send.</summary>
public sealed class IntakeOptions
{
    public const string SectionName = "Intake";

    /// <summary>The largest request body accepted, in bytes; above it the answer is 413.</summary>
    public long MaxRequestBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// The longest string (a value or a property name) accepted anywhere in the body, in bytes as sent; above it the
    /// answer is 400. A string this long is no order data, and each copy of it takes room in the table entity.
    /// </summary>
    public int MaxStringBytes { get; set; } = 32 * 1024;

    /// <summary>The most orders one bulk request (<c>application/x-ndjson</c>) may hold; above it the answer is 413.</summary>
    public int MaxBulkOrders { get; set; } = 1000;

    /// <summary>
    /// The most request-body bytes this instance holds at once (a body is counted from its Content-Length, or as
    /// <see cref="MaxRequestBytes"/> when it has none); a request beyond it waits up to <see cref="MaxBodyWait"/>, then gets 503.
    /// </summary>
    public long MaxBufferedBytes { get; set; } = 48 * 1024 * 1024;

    /// <summary>How long a request waits for room under <see cref="MaxBufferedBytes"/> before it is answered 503.</summary>
    public TimeSpan MaxBodyWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How many orders of one bulk request are written at the same time.</summary>
    public int BulkWriteConcurrency { get; set; } = 16;
}
