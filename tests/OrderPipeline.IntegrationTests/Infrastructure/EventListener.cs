using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>
/// A CPQ system's event listener, a real HTTP server in the test process on a port of its own: it records every event
/// posted to it. It can be taken down (the port refuses connections) and brought up again on the same port, or told to
/// answer with an error status while up.
/// </summary>
public sealed class EventListener : IAsyncDisposable
{
    private readonly ConcurrentQueue<JsonObject> received = new();
    private readonly ConcurrentQueue<string> receivedText = new();
    private WebApplication? server;
    private int requests;

    private EventListener(int port) => Port = port;

    public int Port { get; }

    /// <summary>The callback URL to register: <c>http://127.0.0.1:{port}/listener</c>.</summary>
    public string Callback => $"http://127.0.0.1:{Port}/listener";

    /// <summary>When set, every request is answered with this status and not recorded.</summary>
    public HttpStatusCode? Refusing { get; set; }

    /// <summary>When set, every request is answered <c>302 Found</c> with this Location, and not recorded.</summary>
    public string? RedirectTo { get; set; }

    /// <summary>How long each request waits before it is answered.</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Every POST that reached the listener, answered or refused.</summary>
    public int Requests => requests;

    /// <summary>The Content-Type and User-Agent of the last request.</summary>
    public (string? ContentType, string? UserAgent) LastHeaders { get; private set; }

    /// <summary>Every event received as the text of its request body, in arrival order.</summary>
    public IReadOnlyList<string> ReceivedText => [.. receivedText];

    /// <summary>Every event received, in arrival order, repeats included.</summary>
    public IReadOnlyList<JsonObject> Received => [.. received];

    public static async Task<EventListener> StartAsync()
    {
        var listener = new EventListener(FreePort());
        await listener.UpAsync();
        return listener;
    }

    /// <summary>Events received of one type.</summary>
    public IReadOnlyList<JsonObject> OfType(string eventType) =>
        [.. received.Where(e => (string?)e["eventType"] == eventType)];

    /// <summary>Waits until an event satisfying <paramref name="match"/> has arrived, and returns it.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, string what, TimeSpan? timeout = null) =>
        (await Eventually.WaitForAsync(() => Task.FromResult(received.FirstOrDefault(match)), found => found is not null, what, timeout))!;

    /// <summary>Waits for an event of <paramref name="eventType"/> about the resource with <paramref name="resourceId"/>.</summary>
    public Task<JsonObject> WaitForAsync(string eventType, string resourceId, TimeSpan? timeout = null) =>
        WaitForAsync(e => (string?)e["eventType"] == eventType && ResourceIdOf(e) == resourceId, $"{eventType} for {resourceId}", timeout);

    /// <summary>The id of the resource an event is about: the only object inside <c>event</c>.</summary>
    public static string? ResourceIdOf(JsonObject envelope) =>
        envelope["event"] is JsonObject payload && payload.FirstOrDefault().Value is JsonObject resource ? (string?)resource["id"] : null;

    public async Task UpAsync()
    {
        if (server is not null) return;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls($"http://127.0.0.1:{Port}");
        var app = builder.Build();
        app.MapPost("/listener/{**rest}", Receive);
        app.MapPost("/listener", Receive);
        await app.StartAsync();
        server = app;
    }

    /// <summary>Stops listening: deliveries now fail to connect.</summary>
    public async Task DownAsync()
    {
        if (server is null) return;
        await server.StopAsync();
        await server.DisposeAsync();
        server = null;
    }

    public ValueTask DisposeAsync() => new(DownAsync());

    private async Task<IResult> Receive(HttpRequest request)
    {
        Interlocked.Increment(ref requests);
        LastHeaders = (request.ContentType, request.Headers.UserAgent.ToString());
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, request.HttpContext.RequestAborted);
        }

        if (RedirectTo is { } location)
        {
            return Results.Redirect(location);
        }

        if (Refusing is { } status)
        {
            return Results.StatusCode((int)status);
        }

        var text = await new StreamReader(request.Body).ReadToEndAsync();
        receivedText.Enqueue(text);
        received.Enqueue(JsonNode.Parse(text)!.AsObject());
        return Results.StatusCode(StatusCodes.Status201Created);
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
