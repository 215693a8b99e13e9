using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OrderPipeline.Domain.ReferenceData;

namespace OrderPipeline.Domain.Tests.ReferenceData;

/// <summary>A valid document becomes the records validation reads, product and service specifications alike.</summary>
public sealed class ReferenceDocumentMapping
{
    [Fact]
    public void EveryKindIsMappedWithItsFields()
    {
        var set = Read(ReferenceDocumentJson.Baseline());

        Assert.Equal(new ProductOffering("PO-FIBER-1G", "Business Fiber 1 Gbit/s", "Active", "PS-FIBER"), Assert.Single(set.ProductOfferings));
        Assert.Equal(
            [new Party("CUST-1", "Contoso", "Customer", "active"), new Party("IND-1", "Ada Lovelace", "Consumer", "active")],
            set.Parties);
        var product = Assert.Single(set.Products);
        Assert.Equal(("PRD-1", "active", "PS-FIBER", "PO-FIBER-1G"), (product.Id, product.Status, product.SpecificationId, product.OfferingId));
        Assert.Equal([new InventoryParty("CUST-1", "Customer")], product.RelatedParty);
        var service = Assert.Single(set.Services);
        Assert.Equal(("SRV-1", "active", "SS-INTERNET", null), (service.Id, service.Status, service.SpecificationId, service.OfferingId));
        Assert.Equal([new InventoryParty("CUST-1", "Customer")], service.RelatedParty);
    }

    [Fact]
    public void ProductSpecificationIsMappedWithCharacteristicsAllowedValuesAndRelationships()
    {
        var set = Read(ReferenceDocumentJson.Baseline());

        var fiber = set.ProductSpecifications[0];
        Assert.Equal(("PS-FIBER", "Fiber access", "2.1", "Active"), (fiber.Id, fiber.Name, fiber.Version, fiber.LifecycleStatus));
        Assert.Equal(["bandwidth", "staticIpCount"], fiber.Characteristics.Select(characteristic => characteristic.Name));
        var staticIps = fiber.Characteristics[1];
        Assert.Equal(("integer", 0, 1), (staticIps.ValueType, staticIps.MinCardinality, staticIps.MaxCardinality));
        Assert.Equal(["0", "8"], staticIps.AllowedValues.Select(value => value.GetRawText()));
        Assert.Equal(["\"1Gbps\"", "\"10Gbps\""], fiber.Characteristics[0].AllowedValues.Select(value => value.GetRawText()));
        Assert.Equal([new SpecRelationship("PS-FIBER", "reliesOn")], set.ProductSpecifications[1].Relationships);
    }

    [Fact]
    public void ProductAndServiceSpecificationsWithTheSameContentMapToTheSameRecord()
    {
        var document = JsonNode.Parse("""
            {
              "productSpecification": [ {
                "id": "SPEC-1", "name": "Access", "version": "1", "lifecycleStatus": "Active",
                "productSpecCharacteristic": [ { "name": "speed", "valueType": "number", "minCardinality": 1, "maxCardinality": 2,
                  "productSpecCharacteristicValue": [ { "value": 1.5 }, { "value": 10 } ] } ],
                "productSpecificationRelationship": [ { "id": "SPEC-2", "relationshipType": "requires" } ]
              } ],
              "serviceSpecification": [ {
                "id": "SPEC-1", "name": "Access", "version": "1", "lifecycleStatus": "Active",
                "specCharacteristic": [ { "name": "speed", "valueType": "number", "minCardinality": 1, "maxCardinality": 2,
                  "characteristicValueSpecification": [ { "value": 1.5 }, { "value": 10 } ] } ],
                "serviceSpecRelationship": [ { "id": "SPEC-2", "relationshipType": "requires" } ]
              } ]
            }
            """)!;

        var set = Read(document);

        var product = JsonSerializer.Serialize(Assert.Single(set.ProductSpecifications), ReferenceRecordJsonContext.Default.Specification);
        var service = JsonSerializer.Serialize(Assert.Single(set.ServiceSpecifications), ReferenceRecordJsonContext.Default.Specification);
        Assert.Equal(product, service);
        Assert.Contains("\"allowedValues\":[1.5,10]", product);
    }

    [Fact]
    public void AbsentFieldsTakeTheirDefaultsAndValueTypesTheirNormalSpelling()
    {
        var document = ReferenceDocumentJson.Baseline();
        var characteristic = document.Characteristic("productSpecification", 0, "productSpecCharacteristic", 0);
        characteristic.Remove("minCardinality");
        characteristic.Remove("maxCardinality");
        characteristic["valueType"] = "String";
        document.At("product", 0).Remove("relatedParty");
        document.At("product", 0).Remove("productOffering");

        var set = Read(document);

        var bandwidth = set.ProductSpecifications[0].Characteristics[0];
        Assert.Equal(("string", 0, (int?)null), (bandwidth.ValueType, bandwidth.MinCardinality, bandwidth.MaxCardinality));
        Assert.Empty(set.ProductSpecifications[0].Relationships);
        Assert.Empty(set.ProductSpecifications[1].Characteristics[0].AllowedValues);
        Assert.Empty(set.Products[0].RelatedParty);
        Assert.Null(set.Products[0].OfferingId);
    }

    [Fact]
    public void FieldsThePipelineDoesNotUseAreIgnored()
    {
        var document = ReferenceDocumentJson.Baseline();
        document.At("productOffering", 0)["href"] = "https://catalog.example/productOffering/PO-FIBER-1G";
        document.At("productOffering", 0)["validFor"] = new JsonObject { ["startDateTime"] = "2026-01-01T00:00:00Z" };
        document.At("party", 0)["engagedParty"] = new JsonObject { ["id"] = "ORG-1" };

        Assert.Single(Read(document).ProductOfferings);
    }

    [Fact]
    public void EmptyDocumentIsAnEmptySet()
    {
        var set = Read(new JsonObject());

        Assert.All(set.Counts(), pair => Assert.Equal(0, pair.Value));
        Assert.Equal(6, set.Counts().Count);
    }

    [Fact]
    public void DocumentSavedWithAByteOrderMarkIsRead()
    {
        var (set, failures) = Domain.ReferenceData.Document.ReferenceDataDocument.Read(
            Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ReferenceDocumentJson.Baseline().ToJsonString())).ToArray());

        Assert.Empty(failures);
        Assert.Equal(2, set!.Parties.Count);
    }

    private static ReferenceDataSet Read(JsonNode document)
    {
        var (set, failures) = document.Read();
        Assert.Empty(failures);
        return set!;
    }
}
