using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Hosting;

/// <summary>The development host reads each timer's schedule from the flat app setting its attribute names, and says which one is wrong.</summary>
public sealed class TimerSchedules
{
    [Theory]
    [InlineData("InboundQueueSweepSchedule", null, "is missing")]
    [InlineData("IdempotencyPurgeSchedule", "", "is missing")]
    [InlineData("InboundQueueSweepSchedule", "every 30 seconds", "is not a six-field NCRONTAB expression")]
    [InlineData("IdempotencyPurgeSchedule", "0 * * * *", "is not a six-field NCRONTAB expression")]
    public async Task StartFailsNamingTheScheduleSettingThatIsMissingOrMalformed(string setting, string? value, string problem)
    {
        var settings = new Dictionary<string, string?> { ["DevHost:Timers"] = "true", [setting] = value };

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => PipelineApp.StartAsync(settings));

        Assert.Contains(setting, failure.Message);
        Assert.Contains(problem, failure.Message);
    }

    [Fact]
    public async Task WithTheTimersOffNoScheduleIsNeeded()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:Timers"] = "false",
            ["InboundQueueSweepSchedule"] = null,
            ["IdempotencyPurgeSchedule"] = null,
        });

        Assert.Equal(System.Net.HttpStatusCode.OK, (await app.Client.GetAsync("/health")).StatusCode);
    }
}
