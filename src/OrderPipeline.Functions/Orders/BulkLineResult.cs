using OrderPipeline.Functions.Errors;

namespace OrderPipeline.Functions.Orders;

/// <summary>
/// The answer for one line of a bulk request: its line number in the body (1-based, empty lines counted), the status
/// it would have had alone, and either the 202 body (<see cref="Order"/>) or the TM Forum error body (<see cref="Error"/>).
/// </summary>
public sealed record BulkLineResult(int Line, int Status, AsyncAcceptance? Order, TmfError? Error);
