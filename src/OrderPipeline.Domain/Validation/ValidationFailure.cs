namespace OrderPipeline.Domain.Validation;

/// <summary>One problem with a submitted order; <see cref="Path"/> is the JSON path it concerns, e.g. <c>productOrderItem[2].action</c>.</summary>
public sealed record ValidationFailure(string Path, string Message);
