using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ReferenceData;

/// <summary>An admin loads a reference-data document: the records are answered per kind and read back by validation; a bad document stores nothing.</summary>
public sealed class ReferenceDataLoad : IAsyncLifetime
{
    private PipelineApp app = null!;

    public async Task InitializeAsync() => app = await PipelineApp.StartAsync(TestSettings.ListenerOffWithoutCatalog);

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task SampleCatalogIsLoadedAndCountedPerKind()
    {
        var response = await app.PostReferenceDataAsync(ReferenceDocuments.Sample());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            new Dictionary<string, int>
            {
                ["productOffering"] = 11, ["productSpecification"] = 5, ["serviceSpecification"] = 3,
                ["party"] = 6, ["product"] = 6, ["service"] = 4,
            },
            await response.Content.ReadFromJsonAsync<Dictionary<string, int>>());
        Assert.Equal(35, app.ReferenceRows().Count);
    }

    [Fact]
    public async Task LoadedRecordsAreWhatValidationReads()
    {
        await app.PostReferenceDataAsync(ReferenceDocuments.Sample());

        var snapshot = await app.ReadCatalogAsync(new ReferenceQuery()
            .Add(ReferenceKind.ProductOffering, "PO-FIBER-100M-LEGACY")
            .Add(ReferenceKind.ProductOffering, "PO-NOT-IN-THE-CATALOG")
            .Add(ReferenceKind.ProductSpecification, "PS-ROUTER")
            .Add(ReferenceKind.ServiceSpecification, "SS-IP-VPN")
            .Add(ReferenceKind.Party, "CUST-2001")
            .Add(ReferenceKind.Product, "PRD-1001-LEGACY")
            .Add(ReferenceKind.Service, "SRV-1001-OLD")
            .Add(ReferenceKind.Service, "PRD-1001-LEGACY"));

        Assert.Equal(new ProductOffering("PO-FIBER-100M-LEGACY", "Business Fiber 100 Mbit/s (legacy)", "Retired", "PS-FIBER-ACCESS"), Assert.Single(snapshot.Offerings).Value);
        var router = snapshot.ProductSpecifications["PS-ROUTER"];
        Assert.Equal([new SpecRelationship("PS-FIBER-ACCESS", "reliesOn"), new SpecRelationship("PS-SDWAN-SITE", "bundledBy")], router.Relationships);
        Assert.Equal(["model", "managed"], router.Characteristics.Select(characteristic => characteristic.Name));
        var qos = snapshot.ServiceSpecifications["SS-IP-VPN"].Characteristics[1];
        Assert.Equal(("qosProfile", "string", 0, (int?)1), (qos.Name, qos.ValueType, qos.MinCardinality, qos.MaxCardinality));
        Assert.Equal(["standard", "business", "real-time"], qos.AllowedValues.Select(value => value.GetString()));
        Assert.Equal(new Party("CUST-2001", "Northwind Traders", "Customer", "suspended"), snapshot.Parties["CUST-2001"]);
        var legacy = snapshot.Products["PRD-1001-LEGACY"];
        Assert.Equal(("active", "PS-FIBER-ACCESS", "PO-FIBER-100M-LEGACY"), (legacy.Status, legacy.SpecificationId, legacy.OfferingId));
        Assert.Equal([new InventoryParty("CUST-1001", "Customer")], legacy.RelatedParty);
        Assert.Equal("SRV-1001-OLD", Assert.Single(snapshot.Services).Key);
        Assert.False(snapshot.Services["SRV-1001-OLD"].IsActive);
    }

    [Fact]
    public async Task LoadingTheSameDocumentAgainChangesNothing()
    {
        var first = await app.PostReferenceDataAsync(ReferenceDocuments.Sample());
        var before = app.ReferenceRows().ToDictionary(row => (row.PartitionKey, row.RowKey), row => row.GetString("Record0"));

        var second = await app.PostReferenceDataAsync(ReferenceDocuments.Sample());

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(before, app.ReferenceRows().ToDictionary(row => (row.PartitionKey, row.RowKey), row => row.GetString("Record0")));
    }

    [Fact]
    public async Task MalformedDocumentIsRefusedWholeWithEveryProblemAndNothingIsStored()
    {
        var document = ReferenceDocuments.Sample();
        document["catalogVersion"] = "2026.11";
        document.Record("productOffering", "PO-FIBER-10G").Remove("productSpecification");
        var bandwidth = document.Record("productSpecification", "PS-FIBER-ACCESS")["productSpecCharacteristic"]![0]!;
        bandwidth["productSpecCharacteristicValue"]![2]!["value"] = 1000;
        document.Record("serviceSpecification", "SS-IP-VPN")["specCharacteristic"]![0]!["valueType"] = "enum";
        document.Record("party", "IND-3001")["@type"] = "Individual";
        document.Record("product", "PRD-1002-FIBER")["id"] = "PRD-1001-FIBER";
        document.Record("service", "SRV-1001-VPN")["id"] = "SRV/1001/VPN";

        var response = await app.PostReferenceDataAsync(document);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidReferenceData");
        Assert.Equal(
            [
                "catalogVersion",
                "productOffering[1].productSpecification.id",
                "productSpecification[0].productSpecCharacteristic[0].productSpecCharacteristicValue[2].value",
                "serviceSpecification[1].specCharacteristic[0].valueType",
                "party[4].@type",
                "product[5].id",
                "service[1].id",
            ],
            error.DetailPaths());
        Assert.Empty(app.ReferenceRows());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"party\": [")]
    [InlineData("")]
    public async Task BodyThatIsNoJsonObjectIsRefused(string body)
    {
        var response = await app.Client.PostAsync(ReferenceDocuments.LoadPath, new StringContent(body, Encoding.UTF8, "application/json"));

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.BadRequest, "invalidReferenceData");
        Assert.Equal([""], error.DetailPaths());
        Assert.Empty(app.ReferenceRows());
    }

    [Fact]
    public async Task DocumentSentAsPlainTextIsAnUnsupportedMediaType()
    {
        var content = new StringContent(ReferenceDocuments.Sample().ToJsonString(), Encoding.UTF8, "text/plain");

        var response = await app.Client.PostAsync(ReferenceDocuments.LoadPath, content);

        await response.AssertTmfErrorAsync(HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType");
        Assert.Empty(app.ReferenceRows());
    }

    [Fact]
    public async Task DocumentOverTheSizeLimitIsRefused()
    {
        await using var small = await PipelineApp.StartAsync(new Dictionary<string, string?>
        {
            ["DevHost:QueueListener"] = "false",
            ["ReferenceData:SeedFile"] = "",
            ["ReferenceData:MaxDocumentBytes"] = "1024",
        });

        var response = await small.PostReferenceDataAsync(ReferenceDocuments.Sample());

        await response.AssertTmfErrorAsync(HttpStatusCode.RequestEntityTooLarge, "payloadTooLarge");
        Assert.Empty(small.ReferenceRows());
    }

    [Fact]
    public async Task EmptyDocumentLoadsNothingAndSaysSo()
    {
        var response = await app.PostReferenceDataAsync(new JsonObject());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All((await response.Content.ReadFromJsonAsync<Dictionary<string, int>>())!, pair => Assert.Equal(0, pair.Value));
    }
}
