using System.Net;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ApiDescription;

/// <summary>
/// What an integrator reads in the document about the TMF622 and TMF641 operations: the request and answer schemas
/// with TM Forum's names, mode, Idempotency-Key, the list parameters and paging headers, bulk intake and the error body.
/// </summary>
public sealed class TheDocumentDescribesTheOrderApis(ServedApiDocument served) : IClassFixture<ServedApiDocument>
{
    public static TheoryData<string, string, string> OrderTypes => new()
    {
        { "ProductOrder", "productOrderItem", "product" },
        { "ServiceOrder", "serviceOrderItem", "service" },
    };

    [Theory]
    [MemberData(nameof(OrderTypes))]
    public void CreateTakesTheCreateSchemaAsJsonAndOneOrderPerLineAsNdjson(string resource, string items, string subject)
    {
        var create = served.Operation($"Create{resource}");

        var content = create.RequestBody!.Content!;
        Assert.Equal(["application/json", "application/x-ndjson"], content.Keys.Order(StringComparer.Ordinal));
        Assert.Equal($"{resource}_Create", ReferenceId(content["application/json"].Schema));
        Assert.Equal($"{resource}_Create", ReferenceId(content["application/x-ndjson"].Schema));
        Assert.Contains("one", content["application/x-ndjson"].Schema!.Description, StringComparison.Ordinal);

        var schema = Component($"{resource}_Create");
        Assert.Superset(new HashSet<string> { "externalId", "description", "category", "priority", "requestedStartDate", "requestedCompletionDate", "relatedParty", items, "@type" },
            schema.Properties!.Keys.ToHashSet());
        Assert.Empty(schema.Properties!.Keys.Intersect(["id", "href", "state", "orderDate", "errorMessage"]));
        Assert.Equal([items], schema.Required!);

        var item = Component(ReferenceId(schema.Properties[items].Items)!);
        Assert.Superset(new HashSet<string> { "id", "action", subject }, item.Properties!.Keys.ToHashSet());
        Assert.DoesNotContain("state", item.Properties.Keys);
        Assert.Equal(["add", "delete", "modify", "noChange"], item.Properties["action"].Enum!.Select(value => value!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string> { "id", "action" }, item.Required!.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(OrderTypes))]
    public void CreateTakesModeAndIdempotencyKeyAndAnswersEachOfItsStatuses(string resource, string items, string subject)
    {
        _ = (items, subject);
        var create = served.Operation($"Create{resource}");

        var mode = create.Parameters!.Single(parameter => parameter.Name == "mode");
        Assert.Equal(ParameterLocation.Query, mode.In);
        Assert.Equal(["sync", "async"], mode.Schema!.Enum!.Select(value => value!.GetValue<string>()));
        Assert.Equal(ParameterLocation.Header, create.Parameters!.Single(parameter => parameter.Name == "Idempotency-Key").In);

        Assert.Equal(["201", "202", "207", "400", "401", "409", "413", "415", "503"], create.Responses!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(resource, ResponseSchemaId(create, "201"));
        Assert.Equal("AsyncAcceptance", ResponseSchemaId(create, "202"));
        Assert.Equal("BulkIntakeAnswer", ResponseSchemaId(create, "207"));
        Assert.Contains("Location", create.Responses["201"].Headers!.Keys);
        Assert.Contains("Location", create.Responses["202"].Headers!.Keys);
        Assert.Contains("Retry-After", create.Responses["503"].Headers!.Keys);
        Assert.All(["400", "401", "409", "413", "415", "503"], status => Assert.Equal("TmfError", ResponseSchemaId(create, status)));
        Assert.Superset(new HashSet<string> { "id", "orderId", "href", "state", "@type" }, Component("AsyncAcceptance").Properties!.Keys.ToHashSet());
        Assert.Superset(new HashSet<string> { "accepted", "refused", "results" }, Component("BulkIntakeAnswer").Properties!.Keys.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(OrderTypes))]
    public void ListAndRetrieveShowFiltersPagingHeadersAndTheirStatuses(string resource, string items, string subject)
    {
        _ = (items, subject);
        var list = served.Operation($"List{resource}s");
        var retrieve = served.Operation($"Retrieve{resource}");

        Assert.Equal(["externalId", "fields", "id", "limit", "offset", "orderDate", "state"],
            list.Parameters!.Where(parameter => parameter.In == ParameterLocation.Query).Select(parameter => parameter.Name!).Order(StringComparer.Ordinal));
        var limit = list.Parameters!.Single(parameter => parameter.Name == "limit").Schema!;
        Assert.Equal(JsonSchemaType.Integer, limit.Type);
        Assert.Equal(("1", "1000"), (limit.Minimum, limit.Maximum));
        Assert.Contains("acknowledged", list.Parameters!.Single(parameter => parameter.Name == "state").Schema!.Enum!.Select(value => value!.GetValue<string>()));
        Assert.Equal(["200", "400", "401", "503"], list.Responses!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["X-Result-Count", "X-Total-Count"], list.Responses["200"].Headers!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(resource, ReferenceId(list.Responses["200"].Content!["application/json"].Schema!.Items));

        Assert.Equal(ParameterLocation.Path, retrieve.Parameters!.Single(parameter => parameter.Name == "id").In);
        Assert.Equal(["200", "401", "404", "503"], retrieve.Responses!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(resource, ResponseSchemaId(retrieve, "200"));
    }

    [Theory]
    [MemberData(nameof(OrderTypes))]
    public async Task TheExampleOrderTheDocumentShowsIsTakenAsItStands(string resource, string items, string subject)
    {
        _ = (subject, items);
        var (path, _, create) = served.Operations().Single(operation => operation.Operation.OperationId == $"Create{resource}");
        var example = create.RequestBody!.Content!["application/json"].Example;
        Assert.NotNull(example);

        var response = await served.App.Client.PostAsync(path, new StringContent(example.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The media types shown describe the function; routing does not enforce them, or it would answer a bare 415 first.</summary>
    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task ABodyOfATypeTheDocumentDoesNotListIsRefusedByTheFunctionWithTheErrorBody(string? contentType)
    {
        var content = new ByteArrayContent("{}"u8.ToArray());
        if (contentType is not null) content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

        var response = await served.App.Client.PostAsync(PipelineApp.ProductOrderPath, content);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("unsupportedMediaType", error["code"]!.GetValue<string>());
        Assert.Equal("Content-Type", error["details"]![0]!["path"]!.GetValue<string>());
    }

    [Fact]
    public void TheErrorBodyIsTmForumsWithAPathPerProblem()
    {
        var error = Component("TmfError");

        Assert.Superset(new HashSet<string> { "code", "reason", "message", "status", "details", "@type" }, error.Properties!.Keys.ToHashSet());
        var failure = Component(ReferenceId(error.Properties["details"].Items)!);
        Assert.Equal(["message", "path"], failure.Properties!.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryStatusTheApiAnswersIsInTheDocument()
    {
        var statuses = served.Operations().SelectMany(operation => operation.Operation.Responses!.Keys).ToHashSet();

        Assert.Superset(new HashSet<string> { "200", "201", "202", "207", "400", "401", "404", "409", "413", "415", "503" }, statuses);
    }

    /// <summary>The document and the functions agree on the query string: each parameter shown is taken with its example or first value.</summary>
    [Fact]
    public async Task EveryDocumentedQueryParameterOfAListIsTaken()
    {
        var lists = served.Operations()
            .Where(operation => operation.Method == "GET" && (operation.Operation.Parameters ?? []).Any(parameter => parameter.In == ParameterLocation.Query))
            .ToList();
        Assert.Equal(["ListCancelProductOrders", "ListCancelServiceOrders", "ListInboundEntries", "ListProductOrders", "ListServiceOrders", "ListUndeliveredEvents"], lists.Select(list => list.Operation.OperationId).Order(StringComparer.Ordinal));

        foreach (var (path, _, operation) in lists)
        {
            foreach (var parameter in operation.Parameters!.Where(parameter => parameter.In == ParameterLocation.Query))
            {
                var value = ExampleOf(parameter);
                var response = await served.App.Client.GetAsync($"{path}?{parameter.Name}={Uri.EscapeDataString(value)}");
                Assert.True(response.StatusCode == HttpStatusCode.OK,
                    $"{path}?{parameter.Name}={value} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            var unknown = await served.App.Client.GetAsync($"{path}?notDocumented=1");
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        }
    }

    private static string ExampleOf(IOpenApiParameter parameter) =>
        parameter.Example?.GetValue<string>()
        ?? parameter.Schema!.Enum?.First()!.GetValue<string>()
        ?? parameter.Schema.Default?.ToJsonString()
        ?? parameter.Schema.Minimum
        ?? throw new InvalidOperationException($"Query parameter {parameter.Name} shows no value a client could send: give it an example.");

    private OpenApiSchema Component(string id) => (OpenApiSchema)served.Document.Components!.Schemas![id];

    private static string? ResponseSchemaId(OpenApiOperation operation, string status) =>
        ReferenceId(operation.Responses![status].Content!["application/json"].Schema);

    private static string? ReferenceId(IOpenApiSchema? schema) => (schema as OpenApiSchemaReference)?.Reference.Id;
}
