using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Functions.ReferenceData;

namespace OrderPipeline.DevHost.ApiDescription;

/// <summary>
/// The reference-data document is read element by element rather than bound to one type, so its schema is built from
/// the kinds it holds: one optional array per kind, named as TM Forum names the resource, of records with an id.
/// </summary>
internal sealed class ReferenceDataBodyTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var operation = CreateSchemaTransformer.Operations(document).SingleOrDefault(operation => operation.OperationId == nameof(ReferenceDataFunctions.LoadReferenceData));
        if (operation?.RequestBody?.Content is not { } contents || !contents.TryGetValue("application/json", out var content))
        {
            return Task.CompletedTask;
        }

        content.Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "Every array is optional. Each record replaces the one of its kind and id. Other TM Forum fields may be present and are ignored.",
            Properties = ReferenceKindNames.All.ToDictionary(
                kind => kind.DocumentName(),
                kind => (IOpenApiSchema)new OpenApiSchema
                {
                    Type = JsonSchemaType.Array,
                    Items = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "id" },
                        Properties = new Dictionary<string, IOpenApiSchema> { ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 255 } },
                    },
                },
                StringComparer.Ordinal),
        };
        // The type the function's [Consumes] names stood for the body only.
        document.Components?.Schemas?.Remove(nameof(System.Text.Json.Nodes.JsonObject));
        return Task.CompletedTask;
    }
}
