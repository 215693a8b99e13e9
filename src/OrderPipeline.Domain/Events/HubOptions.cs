namespace OrderPipeline.Domain.Events;

/// <summary>The <c>Hub</c> settings: who may be called back, and how hard the pipeline tries to deliver an event.</summary>
public sealed class HubOptions
{
    public const string SectionName = "Hub";

    /// <summary>
    /// Hosts a callback may point at, separated by commas (<c>Hub__AllowedCallbackHosts</c>); <c>*.example.com</c> allows
    /// every host under example.com. Empty allows any host.
    /// </summary>
    public string AllowedCallbackHosts { get; set; } = "";

    /// <summary>How long one delivery waits for the listener's answer before it counts as failed.</summary>
    public TimeSpan CallbackTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Deliveries of one event to one listener before it is recorded as undelivered.</summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>The wait after the first failed delivery; each further failure doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How soon a listener registered or removed on another instance is known on this one.</summary>
    public TimeSpan ListenerRefresh { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long after a change was recorded its outbox rows may still appear. A <c>hub-events</c> message that finds a
    /// row missing looks again until then, and drops it after: the change was refused, or its event was delivered already.
    /// </summary>
    public TimeSpan CommitWindow { get; set; } = TimeSpan.FromMinutes(2);
}
