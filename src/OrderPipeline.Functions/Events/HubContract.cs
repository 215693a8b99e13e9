namespace OrderPipeline.Functions.Events;

/// <summary>What the hub functions of both APIs tell an integrator, for their API description.</summary>
internal static class HubContract
{
    public const string RegisterDescription =
        "Registers a listener: the API's events are posted to `callback` (an http or https URL; hosts may be limited by the " +
        "`Hub__AllowedCallbackHosts` setting) as TMF v4 event envelopes. `query` picks event types, such as " +
        "`eventType=ProductOrderStateChangeEvent` or several separated by commas; without it, every event of the API is sent. " +
        "Delivery is at least once: an event may arrive twice, with the same eventId.";

    public const string Registered = "The listener, with the id to remove it by.";
    public const string Location = "The listener's path under the hub.";
    public const string UnregisterDescription =
        "Stops sending events to the listener, also those recorded for it before and not yet delivered (an instance that has " +
        "not yet read the removal, within `Hub__ListenerRefresh`, may send one more).";
}
