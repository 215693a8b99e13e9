using System.Text.Json.Nodes;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>The repository's samples/ folder, as the test project copies it next to the tests.</summary>
public static class SampleFiles
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    /// <summary>A sample order, parsed afresh for each caller to change, with another <c>externalId</c> if one is given.</summary>
    public static JsonObject Order(string text, string? externalId)
    {
        var order = JsonNode.Parse(text)!.AsObject();
        if (externalId is not null) order["externalId"] = externalId;
        return order;
    }
}
