using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Azure.Functions.Worker;
using Microsoft.OpenApi;
using OrderPipeline.DevHost.Functions;
using OrderPipeline.Functions.Hosting.Contract;

namespace OrderPipeline.DevHost.ApiDescription;

/// <summary>
/// Completes each function's operation with what the API explorer cannot read from a function method: its name as the
/// operation id, the query parameters and headers it reads or sets (declared on the method), and the key it needs.
/// </summary>
internal sealed class FunctionOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<HttpFunction>().FirstOrDefault() is not { } function)
        {
            return Task.CompletedTask;
        }

        operation.OperationId = function.Name;
        operation.Parameters ??= [];
        // The explorer takes route values from a delegate's parameters; a function's come from its route template.
        foreach (var name in RoutePatternFactory.Parse(function.Route).Parameters.Select(parameter => parameter.Name))
        {
            if (operation.Parameters.Any(parameter => parameter.Name == name && parameter.In == ParameterLocation.Path)) continue;
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        foreach (var parameter in metadata.OfType<IQueryParametersMetadata>().SelectMany(query => query.Parameters))
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Description = parameter.Description,
                Schema = SchemaOf(parameter),
                Example = parameter.Example is { } example ? JsonValue.Create(example) : null,
            });
        }

        foreach (var header in function.Method.GetCustomAttributes<RequestHeaderAttribute>())
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        foreach (var header in function.Method.GetCustomAttributes<ResponseHeaderAttribute>())
        {
            var status = header.Status.ToString(CultureInfo.InvariantCulture);
            if (operation.Responses?.GetValueOrDefault(status) is not OpenApiResponse response)
            {
                throw new InvalidOperationException($"Function {function.Name} declares header {header.Name} on status {status}, which it does not declare it answers.");
            }

            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[header.Name] = new OpenApiHeader
            {
                Description = header.Description,
                Schema = new OpenApiSchema { Type = header.IsInteger ? JsonSchemaType.Integer : JsonSchemaType.String },
            };
        }

        if (function.AuthLevel != AuthorizationLevel.Anonymous)
        {
            operation.Security = [.. ApiDocumentTransformer.KeySchemes.Select(scheme =>
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] })];
            operation.Description = $"{operation.Description}{(operation.Description is null ? "" : "\n\n")}Needs {KeyNeeded(function.AuthLevel)}.";
        }

        if (operation.Responses is { } responses)
        {
            // In status order, as a reader looks for them (the explorer lists the declared errors first).
            var ordered = responses.OrderBy(response => response.Key, StringComparer.Ordinal).ToList();
            responses.Clear();
            foreach (var (status, response) in ordered) responses.Add(status, response);
        }

        return Task.CompletedTask;
    }

    private static string KeyNeeded(AuthorizationLevel level) => level == AuthorizationLevel.Admin
        ? "an admin key (`Security__AdminKeys`; in Azure the host's master key)"
        : "an API or admin key (`Security__ApiKeys` or `Security__AdminKeys`; in Azure a function key)";

    private static OpenApiSchema SchemaOf(QueryParameter parameter) => parameter switch
    {
        { Values: { } values } => new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. values.Select(value => (JsonNode)JsonValue.Create(value))] },
        { IsInteger: true } => new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = parameter.Minimum?.ToString(CultureInfo.InvariantCulture),
            Maximum = parameter.Maximum?.ToString(CultureInfo.InvariantCulture),
            Default = parameter.Default is { } fallback ? JsonValue.Create(fallback) : null,
        },
        _ => new OpenApiSchema { Type = JsonSchemaType.String, Format = parameter.Format },
    };
}
