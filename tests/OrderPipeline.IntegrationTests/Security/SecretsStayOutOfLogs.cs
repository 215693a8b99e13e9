using System.Net;
using Microsoft.Extensions.Logging;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Security;

/// <summary>Keys and the storage account key never appear in logs or error bodies, even with every log level on.</summary>
public sealed class SecretsStayOutOfLogs
{
    private const string ApiKey = "cpq-secret-4a1d7e";
    private const string AdminKey = "ops-secret-93c0b2";

    [Fact]
    public async Task NoKeyOrAccountKeyIsLoggedOrAnswered()
    {
        var logs = new CapturedLogs();
        await using (var app = await PipelineApp.StartAsync(
            new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:Azure"] = "Trace",
                ["Security:AllowAnonymous"] = "false",
                ["Security:ApiKeys"] = ApiKey,
                ["Security:AdminKeys"] = AdminKey,
            },
            configure: builder => builder.Logging.AddProvider(logs)))
        {
            var answers = new List<HttpResponseMessage>
            {
                await app.Client.PostAsync($"{PipelineApp.ProductOrderPath}?code={ApiKey}", Json(Orders.Sample())),
                await app.Client.PostAsync($"{PipelineApp.ProductOrderPath}?mode=async&code={ApiKey}", Json(Orders.Sample())),
                await app.Client.PostAsync($"{PipelineApp.ProductOrderPath}?code={ApiKey}", Json(Orders.BusinessInvalid())),
                await app.Client.GetAsync($"/manage/inboundQueue?code={ApiKey}"),
                await app.Client.GetAsync($"/manage/inboundQueue/summary?code={AdminKey}"),
                await app.Client.GetAsync($"{PipelineApp.ProductOrderPath}/missing?code={AdminKey}X"),
                await app.Client.GetAsync($"{PipelineApp.ProductOrderPath}?code={AdminKey}&limit=-1"),
            };
            Assert.Contains(answers, answer => answer.StatusCode == HttpStatusCode.Unauthorized);
            Assert.Contains(answers, answer => answer.StatusCode == HttpStatusCode.Created);
            foreach (var answer in answers)
            {
                var body = await answer.Content.ReadAsStringAsync();
                Assert.DoesNotContain(ApiKey, body);
                Assert.DoesNotContain(AdminKey, body);
            }
        }

        var accountKey = OrderPipeline.LocalDev.AzuriteEndpoints.AccountKey;
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(ApiKey, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(AdminKey, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(accountKey, StringComparison.Ordinal));
    }

    private static StringContent Json(System.Text.Json.Nodes.JsonNode order) =>
        new(order.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
}
