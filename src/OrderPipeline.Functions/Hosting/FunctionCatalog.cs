using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.ServiceOrders;
using OrderPipeline.Storage;

namespace OrderPipeline.Functions.Hosting;

/// <summary>
/// Every function of the app, declared once. Endpoints are mapped from these definitions and the
/// function.json files are generated from them, so the two cannot drift apart.
/// </summary>
public static class FunctionCatalog
{
    // The domain builds the hrefs; the route serves them.
    private static readonly string ProductOrders = ProductOrder.BasePath.TrimStart('/');
    private static readonly string ServiceOrders = ServiceOrder.BasePath.TrimStart('/');
    private const string InboundQueue = "admin/inboundQueue";
    private const string Diagnostics = "admin/diagnostics";
    private const string ReferenceData = "admin/referenceData";

    public static readonly HttpFunction CreateProductOrder = new("CreateProductOrder", "POST", ProductOrders, FunctionAuthLevel.Function);
    public static readonly HttpFunction ListProductOrders = new("ListProductOrders", "GET", ProductOrders, FunctionAuthLevel.Function);
    public static readonly HttpFunction RetrieveProductOrder = new("RetrieveProductOrder", "GET", ProductOrders + "/{id}", FunctionAuthLevel.Function);
    public static readonly HttpFunction CreateServiceOrder = new("CreateServiceOrder", "POST", ServiceOrders, FunctionAuthLevel.Function);
    public static readonly HttpFunction ListServiceOrders = new("ListServiceOrders", "GET", ServiceOrders, FunctionAuthLevel.Function);
    public static readonly HttpFunction RetrieveServiceOrder = new("RetrieveServiceOrder", "GET", ServiceOrders + "/{id}", FunctionAuthLevel.Function);
    public static readonly HttpFunction Health = new("Health", "GET", "health", FunctionAuthLevel.Anonymous);
    public static readonly HttpFunction ListInboundEntries = new("ListInboundEntries", "GET", InboundQueue, FunctionAuthLevel.Admin);
    public static readonly HttpFunction SummarizeInboundQueue = new("SummarizeInboundQueue", "GET", InboundQueue + "/summary", FunctionAuthLevel.Admin);
    public static readonly HttpFunction RetrieveInboundEntry = new("RetrieveInboundEntry", "GET", InboundQueue + "/{id}", FunctionAuthLevel.Admin);
    public static readonly HttpFunction RetryInboundEntry = new("RetryInboundEntry", "POST", InboundQueue + "/{id}/retry", FunctionAuthLevel.Admin);
    public static readonly HttpFunction CountStorageOperations = new("CountStorageOperations", "GET", Diagnostics + "/storageOperations", FunctionAuthLevel.Admin);
    public static readonly HttpFunction LoadReferenceData = new("LoadReferenceData", "POST", ReferenceData, FunctionAuthLevel.Admin);

    public static readonly QueueFunction ProcessInboundEntry = new("ProcessInboundEntry", StorageNames.InboundQueueName, "message");
    public static readonly TimerFunction SweepInboundQueue = new("SweepInboundQueue", "InboundQueue__SweepSchedule", "timer");
    public static readonly TimerFunction PurgeIdempotencyKeys = new("PurgeIdempotencyKeys", "Idempotency__PurgeSchedule", "timer");

    public static IReadOnlyList<FunctionDefinition> All { get; } =
    [
        CreateProductOrder, ListProductOrders, RetrieveProductOrder,
        CreateServiceOrder, ListServiceOrders, RetrieveServiceOrder, Health,
        ListInboundEntries, SummarizeInboundQueue, RetrieveInboundEntry, RetryInboundEntry, CountStorageOperations,
        LoadReferenceData,
        ProcessInboundEntry, SweepInboundQueue, PurgeIdempotencyKeys,
    ];
}
