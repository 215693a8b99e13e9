using Azure;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using OrderPipeline.Storage;

namespace OrderPipeline.Functions.Triggers;

/// <summary>
/// The queue trigger when no Functions host runs the app: receives messages in batches, completes each
/// that was handled, makes a failed one visible again after the visibility timeout, and moves it to
/// <c>&lt;queue&gt;-poison</c> once it has been delivered <c>maxDequeueCount</c> times — the host's contract.
/// </summary>
internal sealed partial class StandaloneQueueListener(
    QueueClientFactory queues,
    InboundQueueTrigger trigger,
    IOptions<QueueTriggerOptions> options,
    ILogger<StandaloneQueueListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var queue = queues.InboundQueue();
        var idleDelay = TimeSpan.FromMilliseconds(100);
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                messages = (await queue.ReceiveMessagesAsync(settings.BatchSize, settings.ProcessingTimeout, stoppingToken)).Value;
            }
            catch (RequestFailedException ex)
            {
                LogReceiveFailed(ex);
                messages = [];
            }

            if (messages.Length == 0)
            {
                // Back off while the queue is empty, up to maxPollingInterval, as the host's poller does.
                await Task.Delay(idleDelay, stoppingToken);
                idleDelay = TimeSpan.FromTicks(Math.Min(idleDelay.Ticks * 2, settings.MaxPollingInterval.Ticks));
                continue;
            }

            idleDelay = TimeSpan.FromMilliseconds(100);
            await Task.WhenAll(messages.Select(message => HandleAsync(message, settings, stoppingToken)));
        }
    }

    private async Task HandleAsync(QueueMessage message, QueueTriggerOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            await trigger.HandleAsync(message.Body.ToString(), (int)message.DequeueCount, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogDeliveryFailed(ex, message.MessageId, message.DequeueCount);
            await FailAsync(message, settings, cancellationToken);
            return;
        }

        await CompleteAsync(message, cancellationToken);
    }

    private async Task FailAsync(QueueMessage message, QueueTriggerOptions settings, CancellationToken cancellationToken)
    {
        var queue = queues.InboundQueue();
        try
        {
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await queues.PoisonQueue().SendMessageAsync(message.Body, cancellationToken: cancellationToken);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                LogPoisoned(message.MessageId, message.DequeueCount);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: cancellationToken);
            }
        }
        catch (RequestFailedException ex)
        {
            // The message becomes visible again when its processing timeout ends; nothing is lost.
            LogSettleFailed(ex, message.MessageId);
        }
    }

    private async Task CompleteAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await queues.InboundQueue().DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == StatusCodes.Status404NotFound)
        {
            // Another receiver took the message after our processing timeout; its work is idempotent with ours.
            LogSettleFailed(ex, message.MessageId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiving from the inbound queue failed")]
    private partial void LogReceiveFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ProcessInboundEntry failed for message {MessageId} (delivery {DequeueCount})")]
    private partial void LogDeliveryFailed(Exception exception, string messageId, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} moved to the poison queue after {DequeueCount} deliveries")]
    private partial void LogPoisoned(string messageId, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not complete or release message {MessageId}")]
    private partial void LogSettleFailed(Exception exception, string messageId);
}
