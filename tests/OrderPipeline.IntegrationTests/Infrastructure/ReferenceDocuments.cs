using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using OrderPipeline.Domain.ReferenceData;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>Reference-data documents to load (the repository's sample catalog, and variations), and how a test loads and reads them back.</summary>
public static class ReferenceDocuments
{
    public const string LoadPath = "/manage/referenceData";
    private static readonly string SampleText = File.ReadAllText(PipelineApp.SampleCatalogPath);

    /// <summary>The sample catalog from samples/reference-data.json.</summary>
    public static JsonObject Sample() => JsonNode.Parse(SampleText)!.AsObject();

    /// <summary>The sample's counts per kind, as the load answers them.</summary>
    public static Dictionary<string, int> SampleCounts() => Sample().ToDictionary(pair => pair.Key, pair => pair.Value!.AsArray().Count);

    public static JsonObject Record(this JsonObject document, string kind, string id) =>
        document[kind]!.AsArray().Single(record => record!["id"]!.GetValue<string>() == id)!.AsObject();

    public static Task<HttpResponseMessage> PostReferenceDataAsync(this PipelineApp app, JsonNode document) =>
        app.Client.PostAsync(LoadPath, new StringContent(document.ToJsonString(), Encoding.UTF8, "application/json"));

    /// <summary>Reads through the app's catalog, as business validation does (cached).</summary>
    public static Task<ReferenceSnapshot> ReadCatalogAsync(this PipelineApp app, ReferenceQuery query) =>
        app.Services.GetRequiredService<IReferenceCatalog>().ReadAsync(query, CancellationToken.None);

    public static async Task<ReferenceSnapshot> ReadCatalogAsync(this PipelineApp app, ReferenceKind kind, params string[] ids)
    {
        var query = new ReferenceQuery();
        foreach (var id in ids) query.Add(kind, id);
        return await app.ReadCatalogAsync(query);
    }

    /// <summary>Every row of the reference-data table, as Storage Explorer shows it.</summary>
    public static List<TableEntity> ReferenceRows(this PipelineApp app) => [.. app.Table(app.Names.ReferenceDataTable).Query<TableEntity>()];
}
