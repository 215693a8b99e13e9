using OrderPipeline.Functions.Hosting;

namespace OrderPipeline.Functions.Orders;

/// <summary>
/// What the TMF622 and TMF641 functions tell an integrator about themselves, the same for both: the text their
/// attributes carry into the API description.
/// </summary>
internal static class OrderContract
{
    public const string CreateDescription =
        "Validates the order (TM Forum well-formedness always; business validation against the catalog, the inventory and the " +
        "customers unless its switch `create_{product|service}_order_validation_{sync|async}` is off) and, by mode, creates the customer order at once (201) " +
        "or queues it as an inbound entry (202). Every problem found is reported with its JSON path. A body of " + MediaTypes.Ndjson +
        " is a bulk request: one order per line, each accepted or refused on its own, answered 207.";

    public const string Created = "Sync: the order as created, with its id, href, orderDate and state acknowledged.";
    public const string Accepted = "Async: the order is queued as an inbound entry. Its id is the order's id from now on: poll href.";
    public const string BulkAnswered = "Bulk (" + MediaTypes.Ndjson + ", async): one result per order line, in order, each with the status it would have had alone.";
    public const string Location = "The order's href.";
    public const string Replayed = "true on an answer repeated for a request sent before with the same Idempotency-Key.";
    public const string RetryAfter = "Seconds to wait before sending the request again.";

    public const string IdempotencyKey =
        "A key of the client's choosing (1 to 255 printable ASCII characters, such as a UUID) that makes a retry safe: every repeat " +
        "of the same order and mode under this key is answered as the first request was, and creates nothing new. The same key " +
        "with another order or mode is 409. Not taken with a bulk request.";

    public const string Retrieved =
        "The order in every phase: as created; while queued, as sent with state acknowledged; after processing failed, " +
        "state rejected with errorMessage.";

    public const string Listed =
        "Created orders, filtered (every filter applies) and paged. With fields, each order has only the attributes named, " +
        "with id and href.";

    public const string TotalCount =
        "How many orders match the filters, over all pages; left out when counting them would cost the page more than ⌈N/100⌉ + 2 storage requests (then page on until a page comes back shorter than limit).";

    public const string ResultCount = "How many orders this page holds.";
}
