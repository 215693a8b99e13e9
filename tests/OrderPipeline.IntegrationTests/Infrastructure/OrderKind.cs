using System.Text;
using System.Text.Json.Nodes;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>
/// A product or a service order as a test sends it: its sample, path and item list. Theories take the name
/// (<c>product</c>, <c>service</c>), which reads well in a test's display name, and look the kind up.
/// </summary>
public sealed record OrderKind(string Name, string Path, string Items, string Subject, Func<JsonObject> Sample)
{
    public static readonly OrderKind Product = new("product", PipelineApp.ProductOrderPath, "productOrderItem", "product", () => Orders.Sample());
    public static readonly OrderKind Service = new("service", PipelineApp.ServiceOrderPath, "serviceOrderItem", "service", () => ServiceOrderJson.Sample());

    public static OrderKind Named(string name) => name == Service.Name ? Service : Product;

    public JsonObject Item(JsonObject order, int index) => order[Items]![index]!.AsObject();

    /// <summary>POSTs <paramref name="body"/> as it is, with exactly <paramref name="contentType"/> (none when null).</summary>
    public Task<HttpResponseMessage> PostAsync(PipelineApp app, string body, string? contentType, string? mode)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null) content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return app.Client.PostAsync(Path + (mode is null ? "" : $"?mode={mode}"), content);
    }

    public Task<HttpResponseMessage> PostAsync(PipelineApp app, string body, string? mode) => PostAsync(app, body, "application/json", mode);

    /// <summary>An async bulk request: the lines as one <c>application/x-ndjson</c> body.</summary>
    public Task<HttpResponseMessage> PostBulkAsync(PipelineApp app, IEnumerable<string> lines) =>
        PostAsync(app, string.Join("\n", lines), "application/x-ndjson", "async");

    public override string ToString() => Name;
}
