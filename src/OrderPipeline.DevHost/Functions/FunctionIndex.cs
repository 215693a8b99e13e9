using System.Reflection;
using Microsoft.Azure.Functions.Worker;

namespace OrderPipeline.DevHost.Functions;

/// <summary>
/// Every <c>[Function]</c> method of the function app, read from the same attributes the Functions SDK reads to write
/// functions.metadata, so the development host serves what the host would and nothing else.
/// </summary>
internal sealed class FunctionIndex
{
    private FunctionIndex(IReadOnlyList<HttpFunction> http, IReadOnlyList<QueueFunction> queue, IReadOnlyList<TimerFunction> timer)
    {
        Http = http;
        Queue = queue;
        Timer = timer;
    }

    public IReadOnlyList<HttpFunction> Http { get; }
    public IReadOnlyList<QueueFunction> Queue { get; }
    public IReadOnlyList<TimerFunction> Timer { get; }

    public static FunctionIndex Of(Assembly assembly)
    {
        List<HttpFunction> http = [];
        List<QueueFunction> queue = [];
        List<TimerFunction> timer = [];
        var methods = assembly.GetExportedTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));
        foreach (var method in methods)
        {
            if (method.GetCustomAttribute<FunctionAttribute>() is not { } function) continue;
            var triggers = method.GetParameters().SelectMany(parameter => parameter.GetCustomAttributes())
                .Where(attribute => attribute is HttpTriggerAttribute or QueueTriggerAttribute or TimerTriggerAttribute).ToList();
            switch (triggers)
            {
                case [HttpTriggerAttribute trigger]:
                    http.Add(new(function.Name, trigger.Route ?? function.Name,
                        [.. (trigger.Methods ?? ["get", "post"]).Select(verb => verb.ToUpperInvariant())], trigger.AuthLevel, method));
                    break;
                case [QueueTriggerAttribute trigger]:
                    queue.Add(new(function.Name, trigger.QueueName, trigger.Connection, method));
                    break;
                case [TimerTriggerAttribute trigger]:
                    timer.Add(new(function.Name, trigger.Schedule, method));
                    break;
                default:
                    throw new InvalidOperationException(
                        $"Function {function.Name} has {triggers.Count} triggers the development host knows; it serves functions with one HTTP, queue or timer trigger.");
            }
        }

        return new FunctionIndex(http, queue, timer);
    }
}
