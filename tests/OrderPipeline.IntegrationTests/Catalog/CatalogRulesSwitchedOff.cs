using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Catalog;

/// <summary>
/// With the four validation switches off, every order that breaks only a catalog rule goes through, for both order
/// types and both modes; what TMF makes mandatory is still checked (see MalformedServiceOrders, InvalidProductOrders).
/// </summary>
public sealed class CatalogRulesSwitchedOff(CatalogRulesSwitchedOff.SwitchedOffApp fixture) : IClassFixture<CatalogRulesSwitchedOff.SwitchedOffApp>
{
    public static TheoryData<string, string?> Broken => CatalogCases.Named(refused: true);

    [Theory]
    [MemberData(nameof(Broken))]
    public Task OrderBreakingACatalogRuleIsAccepted(string name, string? mode) => CatalogCases.AssertAcceptedAsync(fixture.App, name, mode);

    public sealed class SwitchedOffApp : IAsyncLifetime
    {
        public PipelineApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:QueueListener"] = "false",
            ["create_product_order_validation_sync"] = "false",
            ["create_product_order_validation_async"] = "false",
            ["create_service_order_validation_sync"] = "false",
            ["create_service_order_validation_async"] = "false",
        });

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
