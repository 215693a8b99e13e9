using System.Text.Json.Nodes;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>Invocation requests shaped as the Functions host sends them to a custom handler.</summary>
public static class HostPayloads
{
    /// <summary>A queueTrigger invocation: the message text (already Base64-decoded by the host) and its metadata.</summary>
    public static JsonObject QueueInvocation(string messageText, int dequeueCount) => new()
    {
        ["Data"] = new JsonObject { ["message"] = messageText },
        ["Metadata"] = new JsonObject
        {
            ["DequeueCount"] = dequeueCount,
            ["ExpirationTime"] = DateTimeOffset.UtcNow.AddDays(7).ToString("O"),
            ["Id"] = Guid.NewGuid().ToString(),
            ["InsertionTime"] = DateTimeOffset.UtcNow.ToString("O"),
            ["NextVisibleTime"] = DateTimeOffset.UtcNow.AddMinutes(10).ToString("O"),
            ["PopReceipt"] = "AgAAAAMAAAAAAAAA",
            ["sys"] = new JsonObject { ["MethodName"] = "ProcessInboundEntry", ["UtcNow"] = DateTimeOffset.UtcNow.ToString("O"), ["RandGuid"] = Guid.NewGuid().ToString() },
        },
    };

    /// <summary>A timerTrigger invocation, with the TimerInfo the host binds.</summary>
    public static JsonObject TimerInvocation() => new()
    {
        ["Data"] = new JsonObject
        {
            ["timer"] = new JsonObject
            {
                ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
                ["ScheduleStatus"] = new JsonObject
                {
                    ["Last"] = DateTimeOffset.UtcNow.AddSeconds(-30).ToString("O"),
                    ["Next"] = DateTimeOffset.UtcNow.AddSeconds(30).ToString("O"),
                    ["LastUpdated"] = DateTimeOffset.UtcNow.AddSeconds(-30).ToString("O"),
                },
                ["IsPastDue"] = false,
            },
        },
        ["Metadata"] = new JsonObject
        {
            ["sys"] = new JsonObject { ["MethodName"] = "SweepInboundQueue", ["UtcNow"] = DateTimeOffset.UtcNow.ToString("O"), ["RandGuid"] = Guid.NewGuid().ToString() },
        },
    };
}
