namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>App settings that choose which real trigger drives the inbound queue in a test, and what it starts with.</summary>
public static class TestSettings
{
    /// <summary>No queue listener and no timer: the test drives entries itself (or through the host's invocation endpoints).</summary>
    public static Dictionary<string, string?> ListenerOff => new() { ["DevHost:QueueListener"] = "false" };

    /// <summary>No queue listener, and an empty catalog: for tests of loading reference data, which must start from none.</summary>
    public static Dictionary<string, string?> ListenerOffWithoutCatalog => new()
    {
        ["DevHost:QueueListener"] = "false",
        ["ReferenceData:SeedFile"] = "",
    };

    /// <summary>Only the timer-triggered sweeper runs (every second), taking New entries older than <paramref name="newEntryGrace"/>.</summary>
    public static Dictionary<string, string?> SweeperOnly(string newEntryGrace) => new()
    {
        ["DevHost:QueueListener"] = "false",
        ["DevHost:Timers"] = "true",
        ["InboundQueue:NewEntryGracePeriod"] = newEntryGrace,
    };
}
