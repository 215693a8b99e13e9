using OrderPipeline.Domain.Events;

namespace OrderPipeline.Domain.Tests.Events;

/// <summary>The <c>query</c> of a hub registration: event types of the hub's own API, as TMF examples write them.</summary>
public sealed class HubQueries
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void NoQueryAsksForEveryEvent(string? query)
    {
        Assert.True(HubQuery.TryParse(query, OrderType.Product, out var types, out var error));
        Assert.Null(types);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("eventType=ProductOrderStateChangeEvent", new[] { "ProductOrderStateChangeEvent" })]
    [InlineData("eventType = ProductOrderCreateEvent , CancelProductOrderCreateEvent", new[] { "CancelProductOrderCreateEvent", "ProductOrderCreateEvent" })]
    [InlineData("eventType=ProductOrderCreateEvent&eventType=ProductOrderStateChangeEvent", new[] { "ProductOrderCreateEvent", "ProductOrderStateChangeEvent" })]
    public void EventTypesAreReadAsWritten(string query, string[] expected)
    {
        Assert.True(HubQuery.TryParse(query, OrderType.Product, out var types, out _));
        Assert.Equal(expected, types!.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("eventType=ServiceOrderCreateEvent", "not raised by this API")]
    [InlineData("eventType=ProductOrderDeleteEvent", "not raised by this API")]
    [InlineData("state=completed", "not understood")]
    [InlineData("eventType", "not understood")]
    [InlineData("eventType=", "names no event type")]
    public void WhatCannotBeServedIsRefusedSayingWhy(string query, string why)
    {
        Assert.False(HubQuery.TryParse(query, OrderType.Product, out _, out var error));
        Assert.Contains(why, error);
    }

    [Fact]
    public void AListenerWantsOnlyItsTypesOfItsApi()
    {
        var listener = new HubListener("l1", OrderType.Service, "https://cpq.example.com", "eventType=ServiceOrderStateChangeEvent", DateTimeOffset.UnixEpoch);
        OrderEvent Event(string type, OrderType orderType) => new("e", type, DateTimeOffset.UnixEpoch, orderType, "{}");

        Assert.True(listener.Wants(Event("ServiceOrderStateChangeEvent", OrderType.Service)));
        Assert.False(listener.Wants(Event("ServiceOrderCreateEvent", OrderType.Service)));
        Assert.False(listener.Wants(Event("ServiceOrderStateChangeEvent", OrderType.Product)));
    }
}
