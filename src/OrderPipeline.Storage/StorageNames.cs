namespace OrderPipeline.Storage;

/// <summary>The names of everything the pipeline keeps in its storage account.</summary>
public sealed record StorageNames(string Prefix)
{
    /// <summary>The queue the <c>ProcessInboundEntry</c> trigger listens on (without a prefix, as function.json names it).</summary>
    public const string InboundQueueName = "inbound-orders";

    /// <summary>The queue the <c>DeliverHubEvents</c> trigger listens on (without a prefix).</summary>
    public const string HubEventsQueueName = "hub-events";

    public string InboundEntriesTable => $"{Prefix}InboundEntries";
    public string CustomerOrdersTable => $"{Prefix}CustomerOrders";
    public string CustomerOrderLinesTable => $"{Prefix}CustomerOrderLines";
    public string IdempotencyKeysTable => $"{Prefix}IdempotencyKeys";
    public string ReferenceDataTable => $"{Prefix}ReferenceData";
    public string HubListenersTable => $"{Prefix}HubListeners";
    public string CancelOrdersTable => $"{Prefix}CancelOrders";
    public string UndeliveredEventsTable => $"{Prefix}UndeliveredEvents";
    public string PayloadContainer => $"{Prefix}inbound-payloads";
    public string InboundQueue => $"{Prefix}{InboundQueueName}";

    /// <summary>Where the Functions queue trigger moves a message after <c>maxDequeueCount</c> failed deliveries.</summary>
    public string PoisonQueue => $"{InboundQueue}-poison";

    public string HubEventsQueue => $"{Prefix}{HubEventsQueueName}";
    public string HubEventsPoisonQueue => $"{HubEventsQueue}-poison";
}
