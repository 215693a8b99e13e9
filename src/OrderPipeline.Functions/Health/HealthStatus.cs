namespace OrderPipeline.Functions.Health;

/// <summary>The body of <c>GET /health</c>.</summary>
public sealed record HealthStatus(string Status, string Storage);
