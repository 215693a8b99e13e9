using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>The admin's count of inbound entries by state (<c>GET /manage/inboundQueue/summary</c>).</summary>
public sealed record InboundSummary(int New, int InProgress, int Done, int Error)
{
    public int Pending => New + InProgress;

    public static async Task<InboundSummary> ReadAsync(HttpClient client)
    {
        var summary = (await client.GetFromJsonAsync<JsonObject>("/manage/inboundQueue/summary"))!;
        return new(Count("New"), Count("InProgress"), Count("Done"), Count("Error"));

        int Count(string state) => summary[state]!.GetValue<int>();
    }

    /// <summary>Waits until no entry is New or InProgress: every entry has reached Done or Error.</summary>
    public static Task<InboundSummary> WaitUntilSettledAsync(HttpClient client, TimeSpan timeout) =>
        Eventually.WaitForAsync(() => ReadAsync(client), summary => summary.Pending == 0, "no entry to be New or InProgress", timeout);

    /// <summary>Every entry as the admin lists it (without history): id, state, attempts and error.</summary>
    public static async Task<IReadOnlyList<JsonObject>> ListAllAsync(HttpClient client, string? state = null)
    {
        var entries = new List<JsonObject>();
        for (var offset = 0; ; offset += 1000)
        {
            var page = (await client.GetFromJsonAsync<JsonArray>($"/manage/inboundQueue?limit=1000&offset={offset}{(state is null ? "" : $"&state={state}")}"))!;
            entries.AddRange(page.Select(entry => entry!.AsObject()));
            if (page.Count < 1000) return entries;
        }
    }
}
