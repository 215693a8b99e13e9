using System.Net;
using System.Text;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.HostileInput;

/// <summary>
/// An order is taken as <c>application/json</c> (bulk: <c>application/x-ndjson</c>) in UTF-8, and nothing else: a type
/// that only starts like it, a JSON-based type of another meaning, or another charset is 415 with the TMF error body
/// naming Content-Type, and nothing is stored. The reference-data document is read the same way.
/// </summary>
public sealed class OtherMediaTypesAreRefused(EmptyPipeline pipeline) : IClassFixture<EmptyPipeline>
{
    public static TheoryData<string, string, string> EveryRefusedType()
    {
        string[] refused =
        [
            "application/jsonx",
            "application/json-seq",
            "application/merge-patch+json",
            "application/vnd.tmforum+json",
            "text/json",
            "application/*",
            "*/*",
            "application/json, text/plain",
            "application/json; charset=iso-8859-1",
            "application/json; charset=utf-16",
            "application/json; charset=utf8",
            "application/json; charset=utf-8; charset=latin1",
            "application/x-ndjsonx",
            "application/x-ndjson; charset=windows-1252",
        ];
        var data = new TheoryData<string, string, string>();
        foreach (var orderType in new[] { "product", "service" })
        {
            foreach (var mode in new[] { "sync", "async" })
            {
                foreach (var contentType in refused) data.Add(orderType, mode, contentType);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryRefusedType))]
    public async Task OrderInAnotherMediaTypeIsRefused(string orderType, string mode, string contentType)
    {
        var kind = OrderKind.Named(orderType);

        var response = await kind.PostAsync(pipeline.App, kind.Sample().ToJsonString(), contentType, mode);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType");
        Assert.Equal(["Content-Type"], error.DetailPaths());
        await pipeline.AssertUnharmedAsync();
    }

    [Theory]
    [InlineData("application/jsonx")]
    [InlineData("application/merge-patch+json")]
    [InlineData("application/json; charset=utf-16")]
    public async Task ReferenceDataInAnotherMediaTypeIsRefused(string contentType)
    {
        var rows = pipeline.App.ReferenceRows().Count;
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(ReferenceDocuments.Sample().ToJsonString()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await pipeline.App.Client.PostAsync(ReferenceDocuments.LoadPath, content);

        var error = await response.AssertTmfErrorAsync(HttpStatusCode.UnsupportedMediaType, "unsupportedMediaType");
        Assert.Equal(["Content-Type"], error.DetailPaths());
        Assert.Equal(rows, pipeline.App.ReferenceRows().Count);
    }
}
