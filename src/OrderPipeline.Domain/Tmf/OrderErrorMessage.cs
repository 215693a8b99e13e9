namespace OrderPipeline.Domain.Tmf;

/// <summary>Why an order was rejected, as TMF641 4.1 shapes <c>errorMessage</c>.</summary>
public sealed record OrderErrorMessage(string Code, string Reason, string Message);
