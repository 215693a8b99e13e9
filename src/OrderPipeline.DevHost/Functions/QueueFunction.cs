using System.Reflection;

namespace OrderPipeline.DevHost.Functions;

/// <summary>A queue-triggered function: the queue it listens on (before the storage prefix), its connection setting, the method.</summary>
internal sealed record QueueFunction(string Name, string QueueName, string? Connection, MethodInfo Method);
