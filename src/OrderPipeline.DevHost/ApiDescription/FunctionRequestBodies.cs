using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using OrderPipeline.DevHost.Functions;

namespace OrderPipeline.DevHost.ApiDescription;

/// <summary>
/// The request body a function declares with <c>[Consumes]</c>, told to the API explorer directly. As endpoint metadata
/// the attribute would also reach routing, whose accepts matcher answers a Content-Type it does not list with a bare 415
/// before the function runs; the function answers that itself, with the TM Forum error body, as it does in Azure.
/// </summary>
internal sealed class FunctionRequestBodies : IApiDescriptionProvider
{
    private static readonly EmptyModelMetadataProvider Metadata = new();

    // After the endpoint explorer (-1100) has made its descriptions; Executed runs in reverse order, so any order works.
    public int Order => 0;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context)
    {
    }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
        foreach (var description in context.Results)
        {
            var function = description.ActionDescriptor.EndpointMetadata.OfType<HttpFunction>().FirstOrDefault();
            if (function?.Method.GetCustomAttribute<ConsumesAttribute>() is not IAcceptsMetadata { RequestType: { } type } accepts) continue;

            description.ParameterDescriptions.Add(new ApiParameterDescription
            {
                Name = "body",
                Source = BindingSource.Body,
                Type = type,
                IsRequired = true,
                ModelMetadata = Metadata.GetMetadataForType(type),
            });
            foreach (var contentType in accepts.ContentTypes)
            {
                description.SupportedRequestFormats.Add(new ApiRequestFormat { MediaType = contentType });
            }
        }
    }
}
