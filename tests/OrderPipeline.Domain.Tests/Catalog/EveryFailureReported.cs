using static OrderPipeline.Domain.Tests.Catalog.SampleCatalog;

namespace OrderPipeline.Domain.Tests.Catalog;

public sealed class EveryFailureReported
{
    [Fact]
    public async Task ProductOrderWithManyProblemsListsEachInOrder()
    {
        var order = new OrderBuilder(OrderType.Product)
            .Customer(InactiveCustomer)
            .Item("01", "add", item => item
                .Offering("PO-FIBER-100M-LEGACY")
                .Specification(Cpe)
                .Characteristic("bandwidth", "\"fast\"")
                .Characteristic("vlan", "1.5", "number"))
            .Add("02", Access, item => item.Characteristic("Bandwidth", "\"1Gbps\"").RelatesTo("03", "bundles").RelatesToExisting("INV-404"))
            .Add("03", Tv)
            .Modify("04", OtherCustomersCpe, item => item.Specification(Access).Characteristic("model", "42"))
            .Delete("05", TerminatedCpe)
            .Item("06", "add", item => item.Offering("PO-NOPE"));

        var failures = await order.CheckAsync();

        Assert.Equal(
            [
                "relatedParty[0].id",
                "productOrderItem[0].productOffering.id",
                "productOrderItem[0].product.productSpecification.id",
                "productOrderItem[0].product.productCharacteristic[0].name",
                "productOrderItem[0].product.productCharacteristic[1].name",
                "productOrderItem[1].product.productCharacteristic[0].name",
                "productOrderItem[1].product.productCharacteristic",
                "productOrderItem[1]",
                "productOrderItem[1].productOrderItemRelationship[0].relationshipType",
                "productOrderItem[1].product.productRelationship[0].product.id",
                "productOrderItem[3].product.id",
                "productOrderItem[3].product.productSpecification.id",
                "productOrderItem[3].product.productCharacteristic[0].value",
                "productOrderItem[4].product.id",
                "productOrderItem[4].product.id",
                "productOrderItem[5].productOffering.id",
            ],
            failures.Paths());
    }

    [Fact]
    public async Task ServiceOrderWithManyProblemsListsEachInOrder()
    {
        var order = new OrderBuilder(OrderType.Service)
            .Customer("CUST-404")
            .Item("01", "add", _ => { })
            .Add("02", Legacy, item => item.Characteristic("colour", "\"red\""))
            .Add("03", Access, item => item
                .Characteristic("bandwidth", "\"fast\"")
                .Characteristic("vlan", "\"seven\"", "string")
                .Characteristic("staticIp", "\"yes\"")
                .RelatesTo("02"))
            .Delete("04", "INV-404");

        var failures = await order.CheckAsync();

        Assert.Equal(
            [
                "relatedParty[0].id",
                "serviceOrderItem[0].service.serviceSpecification.id",
                "serviceOrderItem[1].service.serviceSpecification.id",
                "serviceOrderItem[1].service.serviceCharacteristic[0].name",
                "serviceOrderItem[2].service.serviceCharacteristic[0].value",
                "serviceOrderItem[2].service.serviceCharacteristic[1].valueType",
                "serviceOrderItem[2].service.serviceCharacteristic[1].value",
                "serviceOrderItem[2].service.serviceCharacteristic[2].value",
                "serviceOrderItem[2]",
                "serviceOrderItem[2].serviceOrderItemRelationship[0].orderItem.itemId",
                "serviceOrderItem[3].service.id",
            ],
            failures.Paths());
    }
}
