namespace OrderPipeline.Functions.Hosting;

/// <summary>A queue-triggered function; the host POSTs each message to <c>/{Name}</c>.</summary>
public sealed record QueueFunction(string Name, string QueueName, string BindingName) : FunctionDefinition(Name);
