namespace OrderPipeline.Domain.Events;

/// <summary>Posts events to hub listeners.</summary>
public interface IEventSender
{
    /// <summary>
    /// POSTs <paramref name="body"/> as <c>application/json</c> to <paramref name="callback"/>, waiting at most
    /// <see cref="HubOptions.CallbackTimeout"/>. A listener's failure (non-2xx, a redirect, a timeout, no connection) is
    /// answered as a result, never thrown.
    /// </summary>
    Task<CallbackResult> SendAsync(string callback, string body, CancellationToken cancellationToken);
}
