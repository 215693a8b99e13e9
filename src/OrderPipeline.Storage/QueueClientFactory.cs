using Azure.Storage.Queues;

namespace OrderPipeline.Storage;

/// <summary>
/// The one place queue clients come from. The service client is registered with Base64 message encoding,
/// which the Functions queue trigger expects, so every client made here reads and writes what the host does.
/// </summary>
public sealed class QueueClientFactory(QueueServiceClient service, StorageNames names)
{
    public QueueClient InboundQueue() => service.GetQueueClient(names.InboundQueue);

    public QueueClient PoisonQueue() => service.GetQueueClient(names.PoisonQueue);

    public QueueClient HubEventsQueue() => service.GetQueueClient(names.HubEventsQueue);

    public QueueClient HubEventsPoisonQueue() => service.GetQueueClient(names.HubEventsPoisonQueue);

    /// <summary>The queue a trigger attribute names, under this app's storage prefix.</summary>
    public QueueClient ForTrigger(string queueName) => service.GetQueueClient(names.Prefix + queueName);
}
