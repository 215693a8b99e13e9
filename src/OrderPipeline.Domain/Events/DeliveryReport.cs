namespace OrderPipeline.Domain.Events;

/// <summary>What one look at a batch of outbox rows did, for the caller's log and for tests.</summary>
/// <param name="Delivered">Recipients that answered 2xx.</param>
/// <param name="Failed">Attempts that failed (or found the callback refused).</param>
/// <param name="GivenUp">Recipients recorded as undelivered.</param>
/// <param name="RowsFinished">Rows every recipient of which is served: deleted.</param>
/// <param name="RowsPending">Rows to be looked at again when a recipient is due.</param>
/// <param name="RowsAwaited">Rows not there yet, looked for again shortly.</param>
/// <param name="RowsDropped">Rows still not there after the commit window: never written, or finished and deleted already.</param>
public sealed record DeliveryReport(
    int Delivered, int Failed, int GivenUp, int RowsFinished, int RowsPending, int RowsAwaited, int RowsDropped);
