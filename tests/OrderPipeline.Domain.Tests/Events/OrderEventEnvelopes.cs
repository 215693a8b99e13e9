using System.Text.Json.Nodes;
using OrderPipeline.Domain.Cancellation;
using OrderPipeline.Domain.Events;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.Domain.Tests.Events;

/// <summary>Events in the TMF v4 envelope, with an id that is the same whenever the same change is recorded again.</summary>
public sealed class OrderEventEnvelopes
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
    private const string Id = "0192f0c1a2b30000aabbccddeeff0011";

    [Fact]
    public void ACreateEventCarriesTheOrderSummaryUnderItsResourceName()
    {
        var created = OrderEvents.Created(new OrderSummary(OrderType.Product, Id, "CPQ-1", "acknowledged", T0), T0.AddSeconds(1));

        var envelope = JsonNode.Parse(created.Body)!;
        Assert.Equal("ProductOrderCreateEvent", envelope["eventType"]!.GetValue<string>());
        Assert.Equal(created.EventId, envelope["eventId"]!.GetValue<string>());
        Assert.Equal("2026-12-02T10:00:01.000Z", envelope["eventTime"]!.GetValue<string>());
        var order = envelope["event"]!["productOrder"]!;
        Assert.Equal(Id, order["id"]!.GetValue<string>());
        Assert.Equal($"/tmf-api/productOrderingManagement/v4/productOrder/{Id}", order["href"]!.GetValue<string>());
        Assert.Equal("CPQ-1", order["externalId"]!.GetValue<string>());
        Assert.Equal("acknowledged", order["state"]!.GetValue<string>());
        Assert.Equal("ProductOrder", order["@type"]!.GetValue<string>());
    }

    [Fact]
    public void TheSameChangeRecordedAgainIsTheSameEventAndAnotherChangeIsAnother()
    {
        var summary = new OrderSummary(OrderType.Service, Id, null, "cancelled", T0, T0, "duplicate");

        var first = OrderEvents.StateChanged(summary, T0);
        var again = OrderEvents.StateChanged(summary, T0.AddMinutes(3));
        var rejected = OrderEvents.StateChanged(summary with { State = "rejected" }, T0);
        var created = OrderEvents.Created(summary with { State = "acknowledged" }, T0);

        Assert.Equal(first.EventId, again.EventId);
        Assert.Equal(3, new[] { first.EventId, rejected.EventId, created.EventId }.Distinct().Count());
        Assert.True(Guid.TryParse(first.EventId, out _));
        var order = JsonNode.Parse(first.Body)!["event"]!["serviceOrder"]!;
        Assert.Equal("duplicate", order["cancellationReason"]!.GetValue<string>());
        Assert.Equal(TmfDate.Format(T0), order["cancellationDate"]!.GetValue<string>());
    }

    [Fact]
    public void ARejectedOrderSaysWhy()
    {
        var summary = new OrderSummary(OrderType.Product, Id, null, "rejected", T0, Error: new OrderErrorMessage("payloadUnavailable", "Payload unavailable", "the blob is gone"));

        var order = JsonNode.Parse(OrderEvents.StateChanged(summary, T0).Body)!["event"]!["productOrder"]!;

        Assert.Equal("payloadUnavailable", order["errorMessage"]![0]!["code"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(OrderType.Product, "cancelProductOrder", "CancelProductOrder", "productOrder", "acknowledged")]
    [InlineData(OrderType.Service, "cancelServiceOrder", "CancelServiceOrder", "serviceOrder", "accepted")]
    public void CancelEventsCarryTheTaskWithItsOrderReference(OrderType orderType, string name, string type, string reference, string received)
    {
        var task = CancelOrderTask.Receive(orderType, Id, "duplicate", "2026-12-03T00:00:00Z", T0);
        Assert.Equal(received, task.State);
        task.Complete(T0.AddSeconds(1));

        var created = JsonNode.Parse(OrderEvents.CancelCreated(task, T0.AddSeconds(1)).Body)!;
        var changed = JsonNode.Parse(OrderEvents.CancelStateChanged(task, T0.AddSeconds(1)).Body)!;

        Assert.Equal($"{type}CreateEvent", created["eventType"]!.GetValue<string>());
        Assert.Equal($"{type}StateChangeEvent", changed["eventType"]!.GetValue<string>());
        var resource = changed["event"]![name]!;
        Assert.Equal("done", resource["state"]!.GetValue<string>());
        Assert.Equal(type, resource["@type"]!.GetValue<string>());
        Assert.Equal(Id, resource[reference]!["id"]!.GetValue<string>());
        Assert.Equal("2026-12-02T10:00:01.000Z", resource["effectiveCancellationDate"]!.GetValue<string>());
    }
}
