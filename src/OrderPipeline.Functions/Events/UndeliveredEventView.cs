using System.Text.Json;
using System.Text.Json.Nodes;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Functions.Events;

/// <summary>An event given up on for one listener, as the management API shows it, with the event as it would have been posted.</summary>
public sealed record UndeliveredEventView(
    string EventId,
    string EventType,
    string ListenerId,
    string Callback,
    int Attempts,
    string? LastError,
    string UndeliveredAt,
    JsonNode? Event)
{
    public static UndeliveredEventView From(UndeliveredEvent undelivered) => new(
        undelivered.Event.EventId,
        undelivered.Event.EventType,
        undelivered.ListenerId,
        undelivered.Callback,
        undelivered.Attempts,
        undelivered.LastError,
        TmfDate.Format(undelivered.UndeliveredAt),
        Parse(undelivered.Event.Body));

    private static JsonNode? Parse(string body)
    {
        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            // Recorded bodies are our own JSON; should one not be, the admin still sees it, as text.
            return JsonValue.Create(body);
        }
    }
}
