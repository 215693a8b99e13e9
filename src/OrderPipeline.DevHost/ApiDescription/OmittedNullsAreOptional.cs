using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OrderPipeline.DevHost.ApiDescription;

/// <summary>
/// The JSON contexts leave null properties out (<c>JsonIgnoreCondition.WhenWritingNull</c>), so a property that may be
/// null may also be missing: it is not required, whatever the constructor says. Run over the finished components, where
/// a nullable reference has become <c>oneOf: [null, $ref]</c>.
/// </summary>
internal sealed class OmittedNullsAreOptional : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var schema in document.Components?.Schemas?.Values.OfType<OpenApiSchema>() ?? [])
        {
            if (schema.Required is not { Count: > 0 } required || schema.Properties is not { } properties) continue;
            foreach (var name in required.Where(name => properties.TryGetValue(name, out var property) && MayBeNull(property)).ToList())
            {
                required.Remove(name);
            }
        }

        return Task.CompletedTask;
    }

    private static bool MayBeNull(IOpenApiSchema schema) =>
        (schema.Type is { } type && type.HasFlag(JsonSchemaType.Null))
        || (schema.OneOf?.Any(choice => choice.Type == JsonSchemaType.Null) ?? false);
}
