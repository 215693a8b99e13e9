using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OrderPipeline.DevHost.Functions;
using Scalar.AspNetCore;

namespace OrderPipeline.DevHost.ApiDescription;

/// <summary>
/// The OpenAPI 3.1 document of the HTTP functions at <c>/openapi/v1.json</c>, generated from their endpoints' metadata
/// (the attributes on each function method) and the JSON contracts of the types they answer with, and an interactive
/// reference page over it at <c>/docs</c>. Both are anonymous and exist only in the development host.
/// </summary>
internal static class ApiDescriptionExtensions
{
    public const string DocumentName = "v1";
    public const string DocumentPattern = "/openapi/{documentName}.json";
    public const string ReferencePagePrefix = "/docs";

    public static WebApplicationBuilder AddApiDescription(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddEnumerable(ServiceDescriptor.Transient<IApiDescriptionProvider, FunctionRequestBodies>());
        builder.Services.AddOpenApi(DocumentName, options =>
        {
            options.OpenApiVersion = Microsoft.OpenApi.OpenApiSpecVersion.OpenApi3_1;
            options.AddOperationTransformer<FunctionOperationTransformer>();
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddDocumentTransformer<OmittedNullsAreOptional>();
            options.AddDocumentTransformer<CreateSchemaTransformer>();
            options.AddDocumentTransformer<SampleOrderExamples>();
            options.AddDocumentTransformer<ReferenceDataBodyTransformer>();
        });
        return builder;
    }

    public static WebApplication MapApiDescription(this WebApplication app)
    {
        app.MapOpenApi(DocumentPattern).WithMetadata(new DevelopmentHostEndpoint("OpenAPI document"));
        // The page and its script come from the package (no CDN). Off: the fonts it would fetch, its telemetry, its AI
        // chat and MCP, and the toolbar whose buttons lead to scalar.com.
        app.MapScalarApiReference(ReferencePagePrefix, options => options
                .WithTitle("OrderPipeline API")
                .WithOpenApiRoutePattern(DocumentPattern)
                .AddPreferredSecuritySchemes(ApiDocumentTransformer.HeaderKey)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools())
            .WithMetadata(new DevelopmentHostEndpoint("API reference page"));
        return app;
    }
}
