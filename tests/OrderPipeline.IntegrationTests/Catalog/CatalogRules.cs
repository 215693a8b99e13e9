using System.Net;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.Catalog;

/// <summary>
/// Each catalog rule, through the real HTTP API against the sample catalog in Azurite, for both order types and
/// both modes: the order that keeps the rule is accepted, the one that breaks it is refused at its JSON path.
/// </summary>
public sealed class CatalogRules(CatalogRules.SampleCatalogApp fixture) : IClassFixture<CatalogRules.SampleCatalogApp>
{
    public static TheoryData<string, string?> Kept => CatalogCases.Named(refused: false);

    public static TheoryData<string, string?> Broken => CatalogCases.Named(refused: true);

    [Theory]
    [MemberData(nameof(Kept))]
    public Task OrderKeepingTheRuleIsAccepted(string name, string? mode) => CatalogCases.AssertAcceptedAsync(fixture.App, name, mode);

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task OrderBreakingTheRuleIsRefusedAtItsPath(string name, string? mode)
    {
        var @case = CatalogCases.All[name];

        var error = await (await @case.PostAsync(fixture.App, mode)).AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidOrder");

        Assert.Contains(@case.RefusedAt!, error.DetailPaths());
    }

    /// <summary>One app for all cases: they only send orders, and every case is checked by its own answer.</summary>
    public sealed class SampleCatalogApp : IAsyncLifetime
    {
        public PipelineApp App { get; private set; } = null!;

        public async Task InitializeAsync() => App = await PipelineApp.StartAsync(TestSettings.ListenerOff);

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
