using Azure.Data.Tables;
using OrderPipeline.IntegrationTests.Infrastructure;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.IntegrationTests.Storage;

/// <summary>Azurite accepts entity-group transactions that Azure refuses; our own guard refuses them first.</summary>
public sealed class TransactionGuard
{
    [Fact]
    public async Task TransactionMixingPartitionsIsRefusedBeforeItReachesStorage()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var table = app.Table(app.Names.CustomerOrderLinesTable);

        await Assert.ThrowsAsync<ArgumentException>(() => PartitionTransaction.SubmitAsync(table,
        [
            new(TableTransactionActionType.Add, new TableEntity("order-a", "000001")),
            new(TableTransactionActionType.Add, new TableEntity("order-b", "000001")),
        ], CancellationToken.None));

        Assert.Empty(table.Query<TableEntity>(entity => entity.PartitionKey == "order-a" || entity.PartitionKey == "order-b"));
    }

    [Fact]
    public async Task TransactionOfMoreThanOneHundredOperationsIsRefused()
    {
        await using var app = await PipelineApp.StartAsync(TestSettings.ListenerOff);
        var table = app.Table(app.Names.CustomerOrderLinesTable);
        var actions = Enumerable.Range(1, 101)
            .Select(row => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("order-c", $"{row:D6}")))
            .ToList();

        await Assert.ThrowsAsync<ArgumentException>(() => PartitionTransaction.SubmitAsync(table, actions, CancellationToken.None));

        Assert.Empty(table.Query<TableEntity>(entity => entity.PartitionKey == "order-c"));
    }
}
