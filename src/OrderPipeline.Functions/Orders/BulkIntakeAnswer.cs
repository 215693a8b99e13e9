namespace OrderPipeline.Functions.Orders;

/// <summary>The 207 answer to a bulk request: how many orders were accepted and refused, and one result per order line, in order.</summary>
public sealed record BulkIntakeAnswer(int Accepted, int Refused, IReadOnlyList<BulkLineResult> Results);
