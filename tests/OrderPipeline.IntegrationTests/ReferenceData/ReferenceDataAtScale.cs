using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ReferenceData;

/// <summary>
/// Hundreds of records per kind: more than one transaction holds, inventory and parties spread over many partitions, and
/// every record read back (Azure refuses a transaction over two partitions, which Azurite would let through: the store must not send one).
/// </summary>
public sealed class ReferenceDataAtScale
{
    private const int PerKind = 260;

    [Fact]
    public async Task HundredsOfRecordsPerKindAreStoredOverManyPartitionsAndReadBack()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOffWithoutCatalog);

        var response = await app.PostReferenceDataAsync(LargeDocument());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var counts = await response.Content.ReadFromJsonAsync<Dictionary<string, int>>();
        Assert.All(counts!, pair => Assert.Equal(PerKind, pair.Value));
        var partitions = app.ReferenceRows().GroupBy(row => row.PartitionKey).ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(PerKind, partitions["productOffering"]);
        Assert.Equal(PerKind, partitions["productSpecification"]);
        foreach (var kind in new[] { "party", "product", "service" })
        {
            var buckets = partitions.Where(pair => pair.Key.StartsWith(kind + "-", StringComparison.Ordinal)).ToList();
            Assert.Equal(16, buckets.Count);
            Assert.Equal(PerKind, buckets.Sum(pair => pair.Value));
        }

        var query = new ReferenceQuery();
        foreach (var kind in ReferenceKindNames.All)
        {
            for (var i = 0; i < PerKind; i++) query.Add(kind, Id(kind, i));
        }

        var snapshot = await app.ReadCatalogAsync(query);

        Assert.Equal(PerKind, snapshot.Offerings.Count);
        Assert.Equal(PerKind, snapshot.ProductSpecifications.Count);
        Assert.Equal(PerKind, snapshot.ServiceSpecifications.Count);
        Assert.Equal(PerKind, snapshot.Parties.Count);
        Assert.Equal(PerKind, snapshot.Products.Count);
        Assert.Equal(PerKind, snapshot.Services.Count);
        Assert.Equal(Id(ReferenceKind.Party, 7), snapshot.Products[Id(ReferenceKind.Product, 7)].RelatedParty[0].Id);
    }

    private static JsonObject LargeDocument()
    {
        JsonArray Many(Func<int, JsonObject> record) => [.. Enumerable.Range(0, PerKind).Select(record)];
        JsonObject Ref(string id) => new() { ["id"] = id };
        JsonArray Customer(int i) => [new JsonObject { ["id"] = Id(ReferenceKind.Party, i), ["role"] = "Customer" }];
        JsonObject Specification(ReferenceKind kind, string characteristics, int i) => new()
        {
            ["id"] = Id(kind, i), ["name"] = $"Specification {i}", ["version"] = "1.0", ["lifecycleStatus"] = "Active",
            [characteristics] = new JsonArray(new JsonObject { ["name"] = "speed", ["valueType"] = "integer", ["minCardinality"] = 1, ["maxCardinality"] = 1 }),
        };

        return new JsonObject
        {
            ["productOffering"] = Many(i => new JsonObject
            {
                ["id"] = Id(ReferenceKind.ProductOffering, i), ["lifecycleStatus"] = "Active", ["productSpecification"] = Ref(Id(ReferenceKind.ProductSpecification, i)),
            }),
            ["productSpecification"] = Many(i => Specification(ReferenceKind.ProductSpecification, "productSpecCharacteristic", i)),
            ["serviceSpecification"] = Many(i => Specification(ReferenceKind.ServiceSpecification, "specCharacteristic", i)),
            ["party"] = Many(i => new JsonObject { ["id"] = Id(ReferenceKind.Party, i), ["@type"] = i % 3 == 0 ? "Consumer" : "Customer", ["status"] = "active" }),
            ["product"] = Many(i => new JsonObject
            {
                ["id"] = Id(ReferenceKind.Product, i), ["status"] = "active", ["productSpecification"] = Ref(Id(ReferenceKind.ProductSpecification, i)), ["relatedParty"] = Customer(i),
            }),
            ["service"] = Many(i => new JsonObject
            {
                ["id"] = Id(ReferenceKind.Service, i), ["state"] = "active", ["serviceSpecification"] = Ref(Id(ReferenceKind.ServiceSpecification, i)), ["relatedParty"] = Customer(i),
            }),
        };
    }

    private static string Id(ReferenceKind kind, int i) => $"{kind.DocumentName().ToUpperInvariant()}-{i:D5}";
}
