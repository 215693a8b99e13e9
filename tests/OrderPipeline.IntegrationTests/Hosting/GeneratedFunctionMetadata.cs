using System.Text.Json.Nodes;
using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.ServiceOrders;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Hosting;

/// <summary>
/// The functions.metadata the Functions SDK generated is what the host loads; these checks stand in for the host, which
/// cannot run here. They read the generated file, not the code it came from.
/// </summary>
public sealed class GeneratedFunctionMetadata
{
    private readonly IReadOnlyList<GeneratedFunction> functions = GeneratedFunction.ReadAll();

    [Fact]
    public void EveryFunctionIsDeclaredWithItsTrigger()
    {
        var declared = functions.ToDictionary(function => function.Name, function => function.TriggerType);

        Assert.Equal(new Dictionary<string, string>
        {
            ["CreateProductOrder"] = "httpTrigger", ["ListProductOrders"] = "httpTrigger", ["RetrieveProductOrder"] = "httpTrigger",
            ["CreateServiceOrder"] = "httpTrigger", ["ListServiceOrders"] = "httpTrigger", ["RetrieveServiceOrder"] = "httpTrigger",
            ["CreateCancelProductOrder"] = "httpTrigger", ["ListCancelProductOrders"] = "httpTrigger", ["RetrieveCancelProductOrder"] = "httpTrigger",
            ["CreateCancelServiceOrder"] = "httpTrigger", ["ListCancelServiceOrders"] = "httpTrigger", ["RetrieveCancelServiceOrder"] = "httpTrigger",
            ["RegisterProductOrderListener"] = "httpTrigger", ["UnregisterProductOrderListener"] = "httpTrigger",
            ["RegisterServiceOrderListener"] = "httpTrigger", ["UnregisterServiceOrderListener"] = "httpTrigger",
            ["Health"] = "httpTrigger",
            ["ListInboundEntries"] = "httpTrigger", ["SummarizeInboundQueue"] = "httpTrigger", ["RetrieveInboundEntry"] = "httpTrigger",
            ["RetryInboundEntry"] = "httpTrigger", ["DeleteInboundEntry"] = "httpTrigger",
            ["LoadReferenceData"] = "httpTrigger", ["CountStorageOperations"] = "httpTrigger",
            ["SummarizeReferenceData"] = "httpTrigger", ["ShowValidationSwitches"] = "httpTrigger", ["OperationsConsole"] = "httpTrigger",
            ["ListUndeliveredEvents"] = "httpTrigger",
            ["ProcessInboundEntry"] = "queueTrigger", ["SweepInboundQueue"] = "timerTrigger", ["PurgeIdempotencyKeys"] = "timerTrigger",
            ["PurgeInboundQueue"] = "timerTrigger", ["DeliverHubEvents"] = "queueTrigger",
        }.OrderBy(pair => pair.Key), declared.OrderBy(pair => pair.Key));
    }

    [Fact]
    public void NoRouteIsOneTheHostReserves()
    {
        var problems = functions.Select(HostRules.RouteProblem).OfType<string>().ToList();

        Assert.Empty(problems);
    }

    [Fact]
    public void ARouteUnderAdminIsCaught()
    {
        // The same check over metadata as the SDK writes it, with a route the custom-handler app once had.
        var generated = GeneratedFunction.Parse("""
            [{"name":"LoadReferenceData","bindings":[{"name":"request","direction":"In","type":"httpTrigger","authLevel":"Admin","methods":["post"],"route":"admin/referenceData"}]},
             {"name":"Status","bindings":[{"name":"request","direction":"In","type":"httpTrigger","authLevel":"Admin","methods":["get"],"route":"Runtime/status"}]},
             {"name":"Administration","bindings":[{"name":"request","direction":"In","type":"httpTrigger","authLevel":"Admin","methods":["get"],"route":"administration"}]}]
            """);

        var problems = generated.Select(HostRules.RouteProblem).ToList();

        Assert.Contains("begins with 'admin'", problems[0]);
        Assert.Contains("begins with 'runtime'", problems[1]);
        Assert.Null(problems[2]);
    }

    [Fact]
    public void EveryBindingExpressionNamesAFlatSettingTheSampleSettingsHold()
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "local.settings.sample.json")))!["Values"]!.AsObject();
        var named = functions.SelectMany(HostRules.SettingsNamedBy).ToList();

        Assert.Equal(["IdempotencyPurgeSchedule", "InboundQueuePurgeSchedule", "InboundQueueSweepSchedule"], named.Order());
        Assert.All(named, setting => Assert.Null(HostRules.SettingNameProblem(setting)));
        Assert.All(named, setting => Assert.True(sample.ContainsKey(setting), $"local.settings.sample.json sets {setting}"));
        Assert.NotNull(HostRules.SettingNameProblem("InboundQueue__SweepSchedule"));
        Assert.NotNull(HostRules.SettingNameProblem("InboundQueue:SweepSchedule"));
    }

    [Fact]
    public void TheDeploymentSetsEverySettingABindingExpressionNames()
    {
        var template = File.ReadAllText(Path.Combine(SharedAzurite.RepositoryRootPath, "infra", "main.bicep"));

        Assert.All(functions.SelectMany(HostRules.SettingsNamedBy), setting => Assert.Contains($"name: '{setting}'", template));
    }

    [Fact]
    public void QueueTriggerListensOnTheInboundQueueOfTheAppsStorage()
    {
        var trigger = functions.Single(function => function.Name == "ProcessInboundEntry").Trigger;

        Assert.Equal("inbound-orders", trigger["queueName"]!.GetValue<string>());
        Assert.Equal("AzureWebJobsStorage", trigger["connection"]!.GetValue<string>());
    }

    [Fact]
    public void HubEventTriggerListensOnTheHubEventsQueueOfTheAppsStorage()
    {
        var trigger = functions.Single(function => function.Name == "DeliverHubEvents").Trigger;

        Assert.Equal("hub-events", trigger["queueName"]!.GetValue<string>());
        Assert.Equal("AzureWebJobsStorage", trigger["connection"]!.GetValue<string>());
    }

    [Fact]
    public void AuthLevelsAreFunctionForTheApisAdminForManagementAnonymousForHealth()
    {
        var http = functions.Where(function => function.TriggerType == "httpTrigger").ToList();

        Assert.All(http.Where(function => function.Route!.StartsWith("tmf-api/", StringComparison.Ordinal)), function => Assert.Equal("Function", function.AuthLevel));
        Assert.All(http.Where(function => function.Route!.StartsWith("manage/", StringComparison.Ordinal)), function => Assert.Equal("Admin", function.AuthLevel));
        Assert.Equal("Anonymous", http.Single(function => function.Name == "Health").AuthLevel);
        Assert.Equal(28, http.Count(function => function.AuthLevel is "Function" or "Admin" or "Anonymous"));
    }

    [Fact]
    public void OrderRoutesServeTheHrefsTheOrdersCarry()
    {
        Assert.Equal(ProductOrder.BasePath.TrimStart('/'), functions.Single(function => function.Name == "CreateProductOrder").Route);
        Assert.Equal(ProductOrder.BasePath.TrimStart('/') + "/{id}", functions.Single(function => function.Name == "RetrieveProductOrder").Route);
        Assert.Equal(ServiceOrder.BasePath.TrimStart('/'), functions.Single(function => function.Name == "CreateServiceOrder").Route);
        Assert.Equal(ServiceOrder.BasePath.TrimStart('/') + "/{id}", functions.Single(function => function.Name == "RetrieveServiceOrder").Route);
        Assert.Equal(CancelProductOrder.BasePath.TrimStart('/'), functions.Single(function => function.Name == "CreateCancelProductOrder").Route);
        Assert.Equal(CancelProductOrder.BasePath.TrimStart('/') + "/{id}", functions.Single(function => function.Name == "RetrieveCancelProductOrder").Route);
        Assert.Equal(CancelServiceOrder.BasePath.TrimStart('/'), functions.Single(function => function.Name == "CreateCancelServiceOrder").Route);
        Assert.Equal(CancelServiceOrder.BasePath.TrimStart('/') + "/{id}", functions.Single(function => function.Name == "RetrieveCancelServiceOrder").Route);
    }

    [Fact]
    public void HostJsonKeepsTmfPathsAsTheyAreAndRunsNoCustomHandler()
    {
        var host = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")))!;

        Assert.Equal("2.0", host["version"]!.GetValue<string>());
        Assert.Equal("", host["extensions"]!["http"]!["routePrefix"]!.GetValue<string>());
        Assert.Null(host["customHandler"]);
        Assert.Null(host["extensionBundle"]); // the isolated worker brings its extensions (extensions.json)
    }
}
