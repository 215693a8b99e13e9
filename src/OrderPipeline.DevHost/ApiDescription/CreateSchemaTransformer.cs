using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using OrderPipeline.Domain.Tmf;

namespace OrderPipeline.DevHost.ApiDescription;

/// <summary>
/// TM Forum's request schemas: a ProductOrder or ServiceOrder sent to be created is a <c>ProductOrder_Create</c>
/// (<c>ServiceOrder_Create</c>), the resource without the fields the server sets, which intake refuses. Each is derived
/// from the resource's own schema, and every request body of an order refers to it; an <c>application/x-ndjson</c> body
/// holds one per line.
/// </summary>
internal sealed class CreateSchemaTransformer : IOpenApiDocumentTransformer
{
    public const string Suffix = "_Create";

    // The typed fields intake refuses as server-owned (OrderWellFormednessValidator, OrderItemShapeValidator); the untyped
    // ones (completionDate, …) are not properties of the schema to begin with.
    private static readonly string[] ServerOwned = ["id", "href", "orderDate", "state", "errorMessage"];
    private static readonly string[] ServerOwnedOnItems = ["state"];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null)
        {
            return Task.CompletedTask;
        }

        foreach (var names in new[] { OrderVocabulary.Product, OrderVocabulary.Service })
        {
            if (Find(schemas, names.ResourceType) is not OpenApiSchema resource
                || Find(resource.Properties, names.Items)?.Items is not OpenApiSchemaReference itemReference
                || Find(schemas, itemReference.Reference.Id!) is not OpenApiSchema item)
            {
                continue;
            }

            var itemCreate = Without(item, ServerOwnedOnItems);
            Require(itemCreate, names.OrderType == Domain.OrderType.Service ? ["id", "action", names.Subject] : ["id", "action"]);

            itemCreate.Properties!["action"] = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. new[] { OrderItemAction.Add, OrderItemAction.Modify, OrderItemAction.Delete, OrderItemAction.NoChange }.Select(action => (JsonNode)JsonValue.Create(action))],
            };
            var itemCreateId = itemReference.Reference.Id + Suffix;
            schemas[itemCreateId] = itemCreate;

            var create = Without(resource, ServerOwned);
            Require(create, [names.Items]);
            create.Properties![names.Items] = new OpenApiSchema
            {
                Type = JsonSchemaType.Array,
                MinItems = 1,
                Items = new OpenApiSchemaReference(itemCreateId, document),
            };
            create.Description = $"A {names.ResourceType} as a client sends it: without the fields the server sets ({string.Join(", ", ServerOwned)}, and the items' state).";
            var createId = names.ResourceType + Suffix;
            schemas[createId] = create;
            ReferToCreate(document, names.ResourceType, createId);
        }

        return Task.CompletedTask;
    }

    public static IEnumerable<OpenApiOperation> Operations(OpenApiDocument document) =>
        document.Paths.Values.SelectMany(path => (IEnumerable<OpenApiOperation>?)path.Operations?.Values ?? []);

    private static IOpenApiSchema? Find(IDictionary<string, IOpenApiSchema>? schemas, string id) =>
        schemas is not null && schemas.TryGetValue(id, out var schema) ? schema : null;

    /// <summary>Makes the properties required; a required one is refused when null, so null is no longer among its types.</summary>
    private static void Require(OpenApiSchema schema, IReadOnlyList<string> names)
    {
        schema.Required = new HashSet<string>(names, StringComparer.Ordinal);
        foreach (var name in names)
        {
            schema.Properties![name] = schema.Properties[name] switch
            {
                OpenApiSchema { Type: { } type } property when type.HasFlag(JsonSchemaType.Null) => WithType(property, type & ~JsonSchemaType.Null),
                OpenApiSchema { OneOf: [OpenApiSchema { Type: JsonSchemaType.Null }, var value] } => value,
                var property => property,
            };
        }
    }

    private static OpenApiSchema WithType(OpenApiSchema schema, JsonSchemaType type)
    {
        var copy = (OpenApiSchema)schema.CreateShallowCopy();
        copy.Type = type;
        return copy;
    }

    private static OpenApiSchema Without(OpenApiSchema schema, IReadOnlyCollection<string> removed)
    {
        var copy = (OpenApiSchema)schema.CreateShallowCopy();
        copy.Properties = schema.Properties!.Where(property => !removed.Contains(property.Key))
            .ToDictionary(property => property.Key, property => property.Value, StringComparer.Ordinal);
        return copy;
    }

    private static void ReferToCreate(OpenApiDocument document, string resourceId, string createId)
    {
        var bodies = Operations(document).Select(operation => operation.RequestBody).OfType<OpenApiRequestBody>();
        foreach (var body in bodies)
        {
            foreach (var (mediaType, media) in body.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (media.Schema is not OpenApiSchemaReference reference || reference.Reference.Id != resourceId) continue;
                media.Schema = new OpenApiSchemaReference(createId, document)
                {
                    Description = mediaType == "application/x-ndjson"
                        ? $"Each line of the body is one {createId} (empty lines are skipped), each taken on its own; at most Intake__MaxBulkOrders lines."
                        : null,
                };
            }
        }
    }
}
