using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OrderPipeline.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace OrderPipeline.IntegrationTests.OperationsConsole;

/// <summary>
/// The operations console in a real browser against the real pipeline on Azurite: what an admin sees of the inbound queue,
/// an order and the reference data, and what happens when they press its buttons. Each test saves a screenshot.
/// </summary>
public sealed class ConsoleInTheBrowser(ConsoleBrowser browser) : IClassFixture<ConsoleBrowser>
{
    private static readonly LocatorAssertionsToHaveTextOptions Patiently = ConsoleTab.Patiently;

    [Fact]
    public async Task AsyncOrderAppearsByItselfAndIsShownDoneWithItsHistoryAndItsLines()
    {
        await using var app = await PipelineApp.StartAsync();
        await using var console = await browser.OpenAsync(app);
        await Expect(console.Entries).ToHaveTextAsync("No async order has come in yet.");

        var id = await app.SubmitAsyncAsync(Orders.Sample("CPQ-CONSOLE-DONE"));

        // Nobody touches the page: it refreshes by itself.
        var row = console.EntryRow(id);
        await Expect(row.Locator(".badge")).ToHaveTextAsync("Done", Patiently);
        await Expect(row).ToContainTextAsync("CPQ-CONSOLE-DONE");
        await Expect(row).ToContainTextAsync("Product order");
        await Expect(console.StateCount("Done")).ToHaveTextAsync("1", Patiently);
        await Expect(console.StateCount("New")).ToHaveTextAsync("0");

        await row.ClickAsync();
        var entry = console.EntryPanel;
        await Expect(entry.Locator("h3 .badge")).ToHaveTextAsync("Done");
        await Expect(entry.Locator("table.history tbody tr td:first-child")).ToHaveTextAsync(["New", "In progress", "Done"]);
        await console.ScreenshotAsync("async-order-done");

        await entry.GetByRole(AriaRole.Link, new() { Name = "Open the customer order" }).ClickAsync();
        var order = console.OrderPanel;
        await Expect(order.Locator("h3 .id")).ToHaveTextAsync(id);
        await Expect(order).ToContainTextAsync("Contoso Logistics (CUST-1001)");
        var lines = order.Locator("table.lines tbody tr");
        await Expect(lines).ToHaveCountAsync(2);
        var first = lines.Nth(0).Locator("td");
        await Expect(first.Nth(1)).ToHaveTextAsync("Add");
        await Expect(first.Nth(2)).ToHaveTextAsync("PO-FIBER-1G — Business Fiber 1 Gbit/s");
        await Expect(first.Nth(3)).ToHaveTextAsync("PS-FIBER-ACCESS");
        await Expect(first.Nth(5).Locator("li")).ToHaveTextAsync(["bandwidth = 1Gbps", "staticIpCount = 8"]);
        await Expect(first.Nth(6)).ToHaveTextAsync("SITE-LYON-01 (installationAddress)");
        await Expect(lines.Nth(1).Locator("td").Nth(7)).ToHaveTextAsync("reliesOn line 01");
        await console.ScreenshotAsync("async-order-lines");
        Assert.Empty(console.Errors);
    }

    [Fact]
    public async Task AnEntryCancelledByTheClientIsShownCancelledWithItsReason()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var id = await app.SubmitAsyncAsync(Orders.Sample("CPQ-CONSOLE-CANCELLED"));
        Assert.Equal(System.Net.HttpStatusCode.Created, (await app.CancelAsync(OrderKind.Product, id, "ordered twice")).StatusCode);

        await using var console = await browser.OpenAsync(app, $"/manage/console#/inbound/{id}");

        var entry = console.EntryPanel;
        await Expect(entry.Locator("h3 .badge")).ToHaveTextAsync("Cancelled", Patiently);
        await Expect(entry).ToContainTextAsync("ordered twice");
        await Expect(entry.Locator("table.history tbody tr td:first-child")).ToHaveTextAsync(["New", "Cancelled"]);
        await Expect(console.StateCount("Cancelled")).ToHaveTextAsync("1", Patiently);
        await Expect(entry.GetByRole(AriaRole.Button, new() { Name = "Retry this entry" })).ToHaveCountAsync(0);
        await console.ScreenshotAsync("entry-cancelled");
        Assert.Empty(console.Errors);
    }

    [Fact]
    public async Task EntryForcedIntoErrorIsRetriedFromThePageAndEndsDone()
    {
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "2",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
        });
        var lineTable = app.Table(app.Names.CustomerOrderLinesTable);
        await lineTable.DeleteAsync(); // every attempt to write the order fails, up to Error after the last delivery
        var id = await app.SubmitAsyncAsync(Orders.Sample("CPQ-CONSOLE-ERROR"));
        await app.WaitForStateAsync(id, "Error");
        await lineTable.CreateIfNotExistsAsync();

        await using var console = await browser.OpenAsync(app, $"/manage/console#/inbound/{id}");

        var entry = console.EntryPanel;
        await Expect(entry.Locator("h3 .badge")).ToHaveTextAsync("Error");
        await Expect(entry.Locator(".error-message")).ToContainTextAsync("Processing failed after 2 attempts");
        await Expect(console.EntryRow(id).Locator(".badge")).ToHaveTextAsync("Error");
        await Expect(console.StateCount("Error")).ToHaveTextAsync("1");
        await console.ScreenshotAsync("entry-in-error");

        await entry.GetByRole(AriaRole.Button, new() { Name = "Retry this entry" }).ClickAsync();

        await Expect(console.Page.Locator("#notice")).ToContainTextAsync("is New again");
        await Expect(entry.Locator("h3 .badge")).ToHaveTextAsync("Done", Patiently);
        await Expect(console.StateCount("Error")).ToHaveTextAsync("0", Patiently);
        await Expect(entry.GetByRole(AriaRole.Button, new() { Name = "Retry this entry" })).ToHaveCountAsync(0);
        var history = await entry.Locator("table.history tbody tr td:first-child").AllTextContentsAsync();
        Assert.Equal(["Error", "New", "In progress", "Done"], history.TakeLast(4));
        await console.ScreenshotAsync("entry-retried-done");
        Assert.Equal((1, 2), app.CountOrderRows(id)); // one order, all its lines, nothing twice
        Assert.Empty(console.Errors);
    }

    [Fact]
    public async Task RefusedReferenceDocumentShowsEachProblemAtItsPathAndStoresNothing()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var document = ReferenceDocuments.Sample();
        document["productOffering"]!.AsArray().Add(new JsonObject { ["id"] = "PO-CONSOLE-NEW", ["lifecycleStatus"] = "Active", ["productSpecification"] = new JsonObject { ["id"] = "PS-ROUTER" } });
        document.Record("serviceSpecification", "SS-IP-VPN")["specCharacteristic"]![0]!["valueType"] = "enum";
        document.Record("party", "IND-3001")["@type"] = "Individual";
        document.Record("service", "SRV-1001-VPN")["id"] = "SRV/1001/VPN";
        var file = Path.Combine(Path.GetTempPath(), $"catalog-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, document.ToJsonString());

        await using var console = await browser.OpenAsync(app, "/manage/console#/reference");
        var offerings = console.Page.Locator("#reference-counts tr[data-kind='productOffering'] td.num");
        await Expect(offerings).ToHaveTextAsync("11");
        await console.Page.Locator("#reference-file").SetInputFilesAsync(file);
        await console.Page.GetByRole(AriaRole.Button, new() { Name = "Load" }).ClickAsync();

        var result = console.Page.Locator("#reference-result");
        await Expect(result.Locator(".problem")).ToContainTextAsync("was refused; nothing was stored.");
        await Expect(result.Locator("table.problems tbody tr td:first-child")).ToHaveTextAsync(
            ["serviceSpecification[1].specCharacteristic[0].valueType", "party[4].@type", "service[1].id"]);
        await Expect(result.Locator("table.problems tbody tr td:nth-child(2)").Nth(0)).ToContainTextAsync("enum");
        await console.ScreenshotAsync("reference-data-refused");
        await console.Page.ReloadAsync();
        await Expect(offerings).ToHaveTextAsync("11");
        File.Delete(file);
        Assert.Empty(console.Errors);
    }

    [Fact]
    public async Task ConsoleOpenedWithTheAdminKeyShowsTheValidationSwitchesAsTheyAre()
    {
        const string adminKey = "console-admin-5d1e";
        await using var app = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:QueueListener"] = "false",
            ["Security:AllowAnonymous"] = "false",
            ["Security:ApiKeys"] = "console-api-0c7f",
            ["Security:AdminKeys"] = adminKey,
            ["create_service_order_validation_async"] = "false",
        });

        // As in Azure: the key in the address, and the page sends it on every call it makes.
        await using var console = await browser.OpenAsync(app, $"/manage/console?code={adminKey}#/validation");

        var switches = console.Page.Locator("#switches tbody tr");
        await Expect(switches.Locator("td:nth-child(4)")).ToHaveTextAsync(
            ["create_product_order_validation_sync", "create_product_order_validation_async", "create_service_order_validation_sync", "create_service_order_validation_async"]);
        await Expect(switches.Locator(".badge")).ToHaveTextAsync(["On", "On", "On", "Off"]);
        await Expect(switches.Nth(3)).ToContainTextAsync("Service orders");
        await Expect(switches.Nth(3)).ToContainTextAsync("async");
        await console.ScreenshotAsync("validation-switches");
        await console.GoToAsync("#/inbound");
        await Expect(console.StateCount("All")).ToHaveTextAsync("0");
        await Expect(console.Page.Locator("#key-form")).ToBeHiddenAsync();
        Assert.Empty(console.Errors);
    }
}
