using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using OrderPipeline.DevHost.Functions;
using OrderPipeline.Functions;
using OrderPipeline.IntegrationTests.Hosting;
using OrderPipeline.IntegrationTests.Infrastructure;

namespace OrderPipeline.IntegrationTests.ApiDescription;

/// <summary>
/// The OpenAPI document and the functions the host would serve (the SDK-generated functions.metadata) hold the same
/// operations, each described: a function can leave the document only by carrying <c>[ExcludeFromDescription]</c>.
/// </summary>
public sealed class TheDocumentDescribesWhatIsServed(ServedApiDocument served) : IClassFixture<ServedApiDocument>
{
    private readonly IReadOnlyList<GeneratedFunction> http =
        [.. GeneratedFunction.ReadAll().Where(function => function.TriggerType == "httpTrigger")];

    [Fact]
    public void TheDocumentIsOpenApi31AndReadsWithoutErrors()
    {
        Assert.Empty(served.Diagnostic.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, served.Diagnostic.SpecificationVersion);
        Assert.StartsWith("{\n  \"openapi\": \"3.1.", served.Json.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryOperationInTheDocumentIsAFunctionServedAtThatPathAndMethod()
    {
        var operations = served.Operations().ToList();

        Assert.NotEmpty(operations);
        Assert.All(operations, operation =>
        {
            var function = http.SingleOrDefault(function => function.Name == operation.Operation.OperationId);
            Assert.True(function is not null, $"{operation.Method} {operation.Path} is no function of functions.metadata ({operation.Operation.OperationId})");
            Assert.Equal("/" + function.Route, operation.Path);
            Assert.Contains(operation.Method, function.Methods);
        });
    }

    [Fact]
    public void EveryServedFunctionIsInTheDocumentUnlessMarkedExcludeFromDescription()
    {
        var excluded = ExcludedFunctions();
        var described = served.Operations().Select(operation => $"{operation.Method} {operation.Path} {operation.Operation.OperationId}").ToHashSet();

        var missing = http.Where(function => !excluded.Contains(function.Name))
            .SelectMany(function => function.Methods.Select(method => $"{method} /{function.Route} {function.Name}"))
            .Where(operation => !described.Contains(operation)).ToList();

        Assert.Empty(missing);
        Assert.All(excluded, name => Assert.DoesNotContain(served.Operations(), operation => operation.Operation.OperationId == name));
    }

    [Fact]
    public void EveryOperationSaysWhatItIsAndWhatItAnswers()
    {
        Assert.All(served.Operations(), operation =>
        {
            var (path, method, described) = operation;
            Assert.False(string.IsNullOrWhiteSpace(described.Summary), $"{method} {path} has a summary ([EndpointSummary])");
            Assert.NotEmpty(described.Tags ?? new HashSet<OpenApiTagReference>());
            var success = described.Responses!.Where(response => response.Key.StartsWith('2')).ToList();
            Assert.True(success.Count > 0, $"{method} {path} declares what it answers on success ([ProducesResponseType])");
            // 204 No Content is the one success that answers no body.
            Assert.All(success.Where(response => response.Key != "204"), response => Assert.NotNull(response.Value.Content?["application/json"].Schema));
            Assert.All(success.Where(response => response.Key == "204"), response => Assert.Null(response.Value.Content));
        });
    }

    [Fact]
    public void EveryOperationBehindAKeySaysSoAndAnswers401WithTheErrorBody()
    {
        var keyed = http.Where(function => function.AuthLevel != "Anonymous").Select(function => function.Name).ToHashSet();

        Assert.All(served.Operations(), operation =>
        {
            var isKeyed = keyed.Contains(operation.Operation.OperationId!);
            Assert.Equal(isKeyed, operation.Operation.Responses!.ContainsKey("401"));
            Assert.Equal(isKeyed, operation.Operation.Security is { Count: > 0 });
        });
        Assert.Equal(["functionKeyHeader", "functionKeyQuery"], served.Document.Components!.SecuritySchemes!.Keys.Order());
        Assert.Equal("x-functions-key", served.Document.Components.SecuritySchemes["functionKeyHeader"].Name);
        Assert.Equal("code", served.Document.Components.SecuritySchemes["functionKeyQuery"].Name);
    }

    [Fact]
    public void OnlyTheDocumentAndTheReferencePageAreServedBesidesTheFunctions()
    {
        var extra = served.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.Metadata.GetMetadata<HttpFunction>() is null)
            .Select(endpoint => (endpoint.RoutePattern.RawText, endpoint.Metadata.GetMetadata<DevelopmentHostEndpoint>()?.Purpose))
            .ToList();

        Assert.All(extra, endpoint => Assert.NotNull(endpoint.Purpose));
        Assert.Contains(extra, endpoint => endpoint.RawText == "/openapi/{documentName}.json");
        Assert.Contains(extra, endpoint => endpoint.RawText!.StartsWith("/docs", StringComparison.Ordinal));
    }

    private static HashSet<string> ExcludedFunctions() =>
        [.. FunctionIndex.Of(typeof(OrderPipelineFunctionsExtensions).Assembly).Http
            .Where(function => function.Method.GetCustomAttribute<Microsoft.AspNetCore.Routing.ExcludeFromDescriptionAttribute>() is not null)
            .Select(function => function.Name)];
}
