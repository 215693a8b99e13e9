using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Functions.Errors;
using OrderPipeline.Functions.Hosting;
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
    public async Task<IResult> SummarizeReferenceData(
        [HttpTrigger(AuthorizationLevel.Admin, "get", Route = Routes.ReferenceData + "/summary")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var counts = await store.CountAsync(cancellationToken);
        return JsonResourceResult.Ok(counts.ToDictionary(pair => pair.Key.DocumentName(), pair => pair.Value), FunctionsJsonContext.Default.DictionaryStringInt32);
    }
}
