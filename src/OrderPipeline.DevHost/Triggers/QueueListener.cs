using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Options;
using OrderPipeline.DevHost.Functions;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Storage;

namespace OrderPipeline.DevHost.Triggers;

/// <summary>
/// The queue trigger of one queue function, keeping the host's contract: receives messages in batches (host.json
/// <c>batchSize</c>), calls the function with each message and its dequeue count, deletes a message the function finished,
/// makes a failed one visible again after <c>visibilityTimeout</c>, and moves it to <c>&lt;queue&gt;-poison</c> once it has been
/// delivered <c>maxDequeueCount</c> times. While storage is unreachable it backs off, up to <see cref="MaxOutageDelay"/>
/// between tries, and resumes by itself; nothing it does stops the app.
/// </summary>
internal sealed partial class QueueListener(
    QueueFunction function,
    QueueClientFactory queues,
    IServiceScopeFactory scopes,
    IOptions<QueueTriggerOptions> options,
    ILogger<QueueListener> logger) : BackgroundService
{
    private readonly QueueClient queue = queues.ForTrigger(function.QueueName);
    private readonly QueueClient poisonQueue = queues.ForTrigger(function.QueueName + "-poison");

    /// <summary>The longest wait between two receive attempts while storage fails.</summary>
    public static readonly TimeSpan MaxOutageDelay = TimeSpan.FromSeconds(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var idleDelay = TimeSpan.FromMilliseconds(100);
        var outageDelay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage[] messages;
            try
            {
                messages = (await queue.ReceiveMessagesAsync(settings.BatchSize, settings.ProcessingTimeout, stoppingToken)).Value;
                outageDelay = TimeSpan.FromSeconds(1);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Azure.Core has already retried; an escaping exception would stop the whole host.
                LogReceiveFailed(ex, outageDelay);
                await Task.Delay(outageDelay, stoppingToken);
                outageDelay = TimeSpan.FromTicks(Math.Min(outageDelay.Ticks * 2, MaxOutageDelay.Ticks));
                continue;
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
            await using var scope = scopes.CreateAsyncScope();
            await FunctionInvoker.InvokeAsync(scope.ServiceProvider, function.Method, parameter =>
                parameter.ParameterType == typeof(QueueMessage) ? message
                : parameter.ParameterType == typeof(CancellationToken) ? cancellationToken
                : throw FunctionInvoker.Unbindable(function.Name, parameter, "queue"));
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogDeliveryFailed(ex, function.Name, message.MessageId, message.DequeueCount);
            await FailAsync(message, settings, cancellationToken);
            return;
        }

        await CompleteAsync(message, cancellationToken);
    }

    private async Task FailAsync(QueueMessage message, QueueTriggerOptions settings, CancellationToken cancellationToken)
    {
        try
        {
            if (message.DequeueCount >= settings.MaxDequeueCount)
            {
                await poisonQueue.SendMessageAsync(message.Body, cancellationToken: cancellationToken);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
                LogPoisoned(message.MessageId, message.DequeueCount, poisonQueue.Name);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: settings.VisibilityTimeout, cancellationToken: cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The message becomes visible again when its processing timeout ends; nothing is lost.
            LogSettleFailed(ex, message.MessageId);
        }
    }

    private async Task CompleteAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        try
        {
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A 404: another receiver took the message after our processing timeout, and its work is idempotent with
            // ours. Anything else: the message comes back after its processing timeout and finds its entries Done.
            LogSettleFailed(ex, message.MessageId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Receiving from the queue failed; trying again in {Delay}")]
    private partial void LogReceiveFailed(Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{FunctionName} failed for message {MessageId} (delivery {DequeueCount})")]
    private partial void LogDeliveryFailed(Exception exception, string functionName, string messageId, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Message {MessageId} moved to {PoisonQueue} after {DequeueCount} deliveries")]
    private partial void LogPoisoned(string messageId, long dequeueCount, string poisonQueue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not complete or release message {MessageId}")]
    private partial void LogSettleFailed(Exception exception, string messageId);
}
