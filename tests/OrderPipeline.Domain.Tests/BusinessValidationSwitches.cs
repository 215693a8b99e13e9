using OrderPipeline.Domain.ProductOrders;
using OrderPipeline.Domain.Validation;
using OrderPipeline.Domain.Validation.Catalog;

namespace OrderPipeline.Domain.Tests;

public sealed class BusinessValidationSwitches
{
    private readonly SettableOptionsMonitor<OrderValidationOptions> switches = new(new());

    private OrderValidator Validator => OrderJson.ValidatorWith(switches);

    [Fact]
    public void SyncSwitchOffLetsABusinessInvalidOrderThroughInSyncOnly()
    {
        switches.CurrentValue = new OrderValidationOptions { ProductOrderSync = false };
        var order = WithoutCustomer().ToOrder();

        Assert.Empty(Validator.Validate(order, IntakeMode.Sync));
        Assert.Equal(["relatedParty"], Validator.Validate(order, IntakeMode.Async).Paths());
    }

    [Fact]
    public void AsyncSwitchOffLetsABusinessInvalidOrderThroughInAsyncOnly()
    {
        switches.CurrentValue = new OrderValidationOptions { ProductOrderAsync = false };
        var order = WithoutCustomer().ToOrder();

        Assert.Empty(Validator.Validate(order, IntakeMode.Async));
        Assert.Equal(["relatedParty"], Validator.Validate(order, IntakeMode.Sync).Paths());
    }

    [Fact]
    public void ServiceOrderSwitchesDoNotAffectProductOrders()
    {
        switches.CurrentValue = new OrderValidationOptions { ServiceOrderSync = false, ServiceOrderAsync = false };
        var order = WithoutCustomer().ToOrder();

        Assert.Equal(["relatedParty"], Validator.Validate(order, IntakeMode.Sync).Paths());
    }

    [Theory]
    [InlineData(IntakeMode.Sync)]
    [InlineData(IntakeMode.Async)]
    public void WellFormednessIsCheckedWithTheSwitchesOff(IntakeMode mode)
    {
        switches.CurrentValue = new OrderValidationOptions { ProductOrderSync = false, ProductOrderAsync = false };
        var json = WithoutCustomer();
        json.Item(0)["action"] = "change";

        Assert.Equal(["productOrderItem[0].action"], Validator.Validate(json.ToOrder(), mode).Paths());
    }

    [Fact]
    public void ChangedSwitchTakesEffectOnTheNextValidation()
    {
        var validator = Validator;
        var order = WithoutCustomer().ToOrder();
        Assert.NotEmpty(validator.Validate(order, IntakeMode.Sync));

        switches.CurrentValue = new OrderValidationOptions { ProductOrderSync = false };
        Assert.Empty(validator.Validate(order, IntakeMode.Sync));

        switches.CurrentValue = new OrderValidationOptions { ProductOrderSync = true };
        Assert.Equal(["relatedParty"], validator.Validate(order, IntakeMode.Sync).Paths());
    }

    private static System.Text.Json.Nodes.JsonObject WithoutCustomer()
    {
        var order = OrderJson.Baseline();
        order.Remove("relatedParty");
        return order;
    }

    [Fact]
    public void SwitchedOffValidationReadsNoReferenceData()
    {
        switches.CurrentValue = new OrderValidationOptions { ProductOrderSync = false };
        var catalog = OrderJson.BaselineCatalog();
        var validator = new OrderValidator(switches, new CatalogValidation(catalog));

        Assert.Empty(validator.Validate(OrderJson.Baseline().ToOrder(), IntakeMode.Sync));
        Assert.Empty(catalog.Queries);
        Assert.Empty(validator.Validate(OrderJson.Baseline().ToOrder(), IntakeMode.Async));
        Assert.NotEmpty(catalog.Queries);
    }

    [Fact]
    public void MalformedOrderIsRefusedWithoutLookingItUp()
    {
        var catalog = OrderJson.BaselineCatalog();
        var validator = new OrderValidator(switches, new CatalogValidation(catalog));
        var json = OrderJson.Baseline();
        json.Item(1)["id"] = "01";
        json.Item(0)["productOffering"]!["id"] = "PO-NO-SUCH";

        var paths = validator.Validate(json.ToOrder(), IntakeMode.Sync).Paths();
        Assert.Contains("productOrderItem[1].id", paths);
        Assert.DoesNotContain("productOrderItem[0].productOffering.id", paths);
        Assert.Empty(catalog.Queries);
    }
}
