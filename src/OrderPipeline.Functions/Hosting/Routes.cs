namespace OrderPipeline.Functions.Hosting;

/// <summary>
/// The routes of the HTTP functions, as their <c>HttpTrigger</c> attributes declare them (routePrefix is ""). The host
/// reserves routes beginning with <c>admin</c> or <c>runtime</c> for itself, so the management API lives under <c>manage/</c>.
/// </summary>
public static class Routes
{
    public const string ProductOrders = "tmf-api/productOrderingManagement/v4/productOrder";
    public const string ServiceOrders = "tmf-api/serviceOrdering/v4/serviceOrder";
    public const string CancelProductOrders = "tmf-api/productOrderingManagement/v4/cancelProductOrder";
    public const string CancelServiceOrders = "tmf-api/serviceOrdering/v4/cancelServiceOrder";
    public const string ProductOrderHub = "tmf-api/productOrderingManagement/v4/hub";
    public const string ServiceOrderHub = "tmf-api/serviceOrdering/v4/hub";
    public const string Health = "health";
    public const string InboundQueue = "manage/inboundQueue";
    public const string ReferenceData = "manage/referenceData";
    public const string Diagnostics = "manage/diagnostics";
    public const string ValidationSwitches = "manage/validationSwitches";
    public const string Console = "manage/console";
    public const string HubEvents = "manage/hubEvents";

    /// <summary>The query parameter a key may travel in instead of the <c>x-functions-key</c> header; every list accepts it.</summary>
    public const string KeyQueryParameter = "code";
}
