using System.Text;
using OrderPipeline.Domain.ReferenceData;

namespace OrderPipeline.Domain.Tests.ReferenceData;

/// <summary>A document is loaded whole or not at all.</summary>
public sealed class ReferenceDataLoading
{
    private readonly InMemoryReferenceDataStore store = new();

    [Fact]
    public async Task ValidDocumentIsStoredAndCountedPerKind()
    {
        var result = await LoadAsync(ReferenceDocumentJson.Baseline().ToJsonString());

        Assert.True(result.IsLoaded);
        Assert.Equal(
            new Dictionary<ReferenceKind, int>
            {
                [ReferenceKind.ProductOffering] = 1, [ReferenceKind.ProductSpecification] = 2, [ReferenceKind.ServiceSpecification] = 1,
                [ReferenceKind.Party] = 2, [ReferenceKind.Product] = 1, [ReferenceKind.Service] = 1,
            },
            result.Counts);
        Assert.Single(store.Upserts);
    }

    [Fact]
    public async Task DocumentWithOneProblemStoresNothing()
    {
        var document = ReferenceDocumentJson.Baseline();
        document.At("service", 0)["id"] = "SRV/1";

        var result = await LoadAsync(document.ToJsonString());

        Assert.False(result.IsLoaded);
        Assert.Equal(["service[0].id"], result.Failures.Paths());
        Assert.Empty(store.Upserts);
    }

    private Task<ReferenceDataLoadResult> LoadAsync(string json) =>
        new ReferenceDataLoader(store).LoadAsync(Encoding.UTF8.GetBytes(json), CancellationToken.None);
}
