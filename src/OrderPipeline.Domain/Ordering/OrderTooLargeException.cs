namespace OrderPipeline.Domain.Ordering;

/// <summary>The store refused to write the order because a row is larger than it takes: permanent, not worth a retry.</summary>
public sealed class OrderTooLargeException(string message, Exception? inner = null) : Exception(message, inner);
