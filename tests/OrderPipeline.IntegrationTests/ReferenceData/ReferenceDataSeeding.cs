using System.Text.Json.Nodes;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ReferenceData;

/// <summary>ReferenceData__SeedFile loads a document at start; a file that is missing or invalid stops the start with a message that says why.</summary>
public sealed class ReferenceDataSeeding : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("reference-seed");

    [Fact]
    public async Task SeedFileIsLoadedAtStart()
    {
        var document = new JsonObject { ["party"] = new JsonArray(new JsonObject { ["id"] = "CUST-9001", ["@type"] = "Customer", ["status"] = "active" }) };
        var path = Write("seed.json", document.ToJsonString());

        await using var app = await PipelineApp.StartAsync(Seed(path));

        var snapshot = await app.ReadCatalogAsync(ReferenceKind.Party, "CUST-9001");
        Assert.True(snapshot.Parties["CUST-9001"].IsActive);
        Assert.Single(app.ReferenceRows());
    }

    [Fact]
    public async Task RelativePathOfTheQuickStartFindsTheSampleCatalogInTheRepository()
    {
        await using var app = await PipelineApp.StartAsync(Seed("samples/reference-data.json"));

        var snapshot = await app.ReadCatalogAsync(ReferenceKind.Party, "CUST-1001", "CUST-2001", "IND-3001");
        Assert.Equal(3, snapshot.Parties.Count);
        Assert.Equal(ReferenceDocuments.SampleCounts().Values.Sum(), app.ReferenceRows().Count);
    }

    [Fact]
    public async Task InvalidSeedFileStopsTheStartNamingTheFileAndEachProblem()
    {
        var document = ReferenceDocuments.Sample();
        document.Record("party", "CUST-1002")["@type"] = "Organization";
        document.Record("service", "SRV-1001-OLD").Remove("serviceSpecification");
        var path = Write("bad-seed.json", document.ToJsonString());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => PipelineApp.StartAsync(Seed(path)));

        Assert.Contains(path, error.Message);
        Assert.Contains("party[1].@type", error.Message);
        Assert.Contains("service[3].serviceSpecification.id", error.Message);
    }

    [Fact]
    public async Task MissingSeedFileStopsTheStartNamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => PipelineApp.StartAsync(Seed("samples/no-such-catalog.json")));

        Assert.Contains("ReferenceData__SeedFile", error.Message);
        Assert.Contains("samples/no-such-catalog.json", error.Message);
    }

    public void Dispose() => folder.Delete(recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static Dictionary<string, string?> Seed(string path) => new()
    {
        ["DevHost:QueueListener"] = "false",
        ["ReferenceData:SeedFile"] = path,
    };
}
