namespace OrderPipeline.Domain.InboundQueue;

/// <summary>
/// Why processing an entry failed, in the terms of the TMF error body. <see cref="Message"/> is what the ordering client
/// sees on its rejected order: fixed text and a correlation id, never an exception's text (which can carry storage
/// responses and headers). <see cref="Detail"/> holds that text for the admin view of the entry and the log.
/// </summary>
public sealed record InboundError(string Code, string Reason, string Message, string? Detail = null)
{
    private const int MaxDetailLength = 2000;

    public static InboundError PayloadUnavailable(string correlationId, string detail) => new(
        "payloadUnavailable", "The submitted order could not be read",
        $"The stored payload of the order could not be read back, so it cannot be created; send the order again. Correlation id: {correlationId}",
        Trim(detail));

    public static InboundError TooLarge(string correlationId, string detail) => new(
        "orderTooLarge", "The order is too large to store",
        $"A part of the order is larger than the order store takes, so it cannot be created; split it into smaller orders. Correlation id: {correlationId}",
        Trim(detail));

    public static InboundError GaveUp(int attempts, string correlationId, string detail) => new(
        "processingFailed", $"Processing failed {attempts} times",
        $"Processing failed after {attempts} attempts; the inbound entry holds the details. Correlation id: {correlationId}",
        Trim(detail));

    private static string Trim(string detail) => detail.Length <= MaxDetailLength ? detail : detail[..MaxDetailLength] + "…";
}
