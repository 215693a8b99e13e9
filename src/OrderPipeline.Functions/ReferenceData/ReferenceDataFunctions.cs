using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;
using OrderPipeline.Functions.Hosting.Contract;
using OrderPipeline.Functions.Orders;

namespace OrderPipeline.Functions.ReferenceData;

/// <summary>
/// <c>POST /manage/referenceData</c>: loads a reference-data document, whole or not at all, and answers the records written
/// per kind. <c>GET /manage/referenceData/summary</c>: the records stored per kind.
/// </summary>
public sealed class ReferenceDataFunctions(
    ReferenceDataLoader loader, IReferenceDataStore store, RequestBodyBudget budget, IOptions<ReferenceDataOptions> options)
{
    [Function(nameof(LoadReferenceData))]
    [Tags("Reference data")]
    [EndpointSummary("Load a reference-data document")]
    [EndpointDescription(
        "Loads product offerings, product and service specifications, parties and the product and service inventory from one " +
        "document with TM Forum field names, whole or not at all: a document with any problem is refused with each problem at its path.")]
    [Consumes(typeof(JsonObject), MediaTypes.Json)]
    [ProducesResponseType<Dictionary<string, int>>(StatusCodes.Status200OK, MediaTypes.Json, Description = "Records written per kind.")]
    [TmfErrorResponses(StatusCodes.Status400BadRequest, StatusCodes.Status413PayloadTooLarge, StatusCodes.Status415UnsupportedMediaType,
        StatusCodes.Status503ServiceUnavailable)]
    public async Task<IResult> LoadReferenceData(
        [HttpTrigger(AuthorizationLevel.Admin, "post", Route = Routes.ReferenceData)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (!MediaTypes.Is(request.ContentType, MediaTypes.Json))
        {
            return TmfErrors.UnsupportedMediaType(request.ContentType, $"the reference-data document as {MediaTypes.Json}");
        }

        var (document, tooLarge) = await OrderRequestBody.ReadBufferedAsync(request, options.Value.MaxDocumentBytes, budget, cancellationToken);
        if (tooLarge is not null)
        {
            return tooLarge;
        }

        var result = await loader.LoadAsync(document, cancellationToken);
        return result.IsLoaded
            ? JsonResourceResult.Ok(result.Counts.ToDictionary(pair => pair.Key.DocumentName(), pair => pair.Value), FunctionsJsonContext.Default.DictionaryStringInt32)
            : TmfErrors.InvalidReferenceData(result.Failures);
    }

    [Function(nameof(SummarizeReferenceData))]
    [Tags("Reference data")]
    [EndpointSummary("Count the reference data stored")]
    [EndpointDescription("The records stored per kind. Reads every key, so it is for an admin, not for a client on every order.")]
    [ProducesResponseType<Dictionary<string, int>>(StatusCodes.Status200OK, MediaTypes.Json, Description = "Records stored per kind.")]
    [TmfErrorResponses(StatusCodes.Status503ServiceUnavailable)]
    public async Task<IResult> SummarizeReferenceData(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = Routes.ReferenceData + "/summary")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var counts = await store.CountAsync(cancellationToken);
        return JsonResourceResult.Ok(counts.ToDictionary(pair => pair.Key.DocumentName(), pair => pair.Value), FunctionsJsonContext.Default.DictionaryStringInt32);
    }
}
