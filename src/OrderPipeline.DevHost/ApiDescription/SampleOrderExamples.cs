using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.DevHost.ApiDescription;

/// <summary>
/// Shows the quick start's sample orders (<c>samples/product-order.json</c>, <c>samples/service-order.json</c>) as the
/// example body of each create operation, so the reference page offers an order the sample catalog accepts rather than
/// one made of the schema's placeholders. Without the samples (a published development host) there is no example.
/// </summary>
internal sealed class SampleOrderExamples(IHostEnvironment environment) : IOpenApiDocumentTransformer
{
    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var names in new[] { OrderVocabulary.Product, OrderVocabulary.Service })
        {
            var sample = Path.Combine(environment.ContentRootPath, "samples", $"{names.Subject}-order.json");
            if (!File.Exists(sample)) continue;

            var example = JsonNode.Parse(await File.ReadAllTextAsync(sample, cancellationToken));
            var createId = names.ResourceType + CreateSchemaTransformer.Suffix;
            var bodies = CreateSchemaTransformer.Operations(document)
                .SelectMany(operation => operation.RequestBody?.Content ?? new Dictionary<string, OpenApiMediaType>())
                .Where(content => content.Key == "application/json" && (content.Value.Schema as OpenApiSchemaReference)?.Reference.Id == createId);
            foreach (var (_, media) in bodies)
            {
                media.Example = example?.DeepClone();
            }
        }
    }
}
