using System.Text.Json.Nodes;

namespace OrderPipeline.Domain.Tests.ReferenceData;

/// <summary>A reference-data document is checked whole: every problem is reported at its JSON path, and nothing is taken from a document with one.</summary>
public sealed class ReferenceDocumentChecks
{
    [Fact]
    public void BaselineDocumentHasNoProblems()
    {
        Assert.Empty(ReferenceDocumentJson.Baseline().Problems());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("\"productOffering\"")]
    [InlineData("{\"party\": [")]
    public void DocumentThatIsNotAJsonObjectIsRefusedAtTheRoot(string text)
    {
        var (set, failures) = ReferenceDocumentJson.Read(text);

        Assert.Null(set);
        Assert.Equal([""], failures.Paths());
    }

    [Fact]
    public void UnknownTopLevelPropertyIsReportedByItsName()
    {
        var document = ReferenceDocumentJson.Baseline();
        document["productOfferings"] = new JsonArray();
        document["@type"] = "Catalog";

        Assert.Equal(["productOfferings", "@type"], document.Problems());
    }

    [Theory]
    [InlineData("""{"party": [{"id": "CUST-1", "name": "A", "name": "B", "@type": "Customer", "status": "active"}]}""", "party[0].name")]
    [InlineData("""{"party": [{"id": "CUST-1", "name": "Tab\tCorp", "@type": "Customer", "status": "active"}]}""", "party[0].name")]
    [InlineData("""{"party": [], "Party": []}""", "Party")]
    [InlineData("""{"party": [{"id": "CUST-1", "name": "A\uD800", "@type": "Customer", "status": "active"}]}""", "party[0].name")]
    public void NameGivenTwiceOrTextNotTakenIsRefusedAtItsPath(string text, string path)
    {
        var (set, failures) = ReferenceDocumentJson.Read(text);

        Assert.Null(set);
        Assert.Equal([path], failures.Paths());
    }

    [Fact]
    public void KindThatIsNotAnArrayOrHoldsNoObjectIsReported()
    {
        var document = ReferenceDocumentJson.Baseline();
        document["product"] = new JsonObject { ["id"] = "PRD-1" };
        document["party"]!.AsArray().Add("CUST-2");
        document["party"]!.AsArray().Add(null);

        Assert.Equal(["party[2]", "party[3]", "product"], document.Problems());
    }

    [Theory]
    [InlineData("productOffering")]
    [InlineData("productSpecification")]
    [InlineData("serviceSpecification")]
    [InlineData("party")]
    [InlineData("product")]
    [InlineData("service")]
    public void MissingOrBlankIdIsReportedAtItsPath(string kind)
    {
        var document = ReferenceDocumentJson.Baseline();
        document.At(kind, 0).Remove("id");
        document[kind]!.AsArray().Insert(1, document.At(kind, 0).DeepClone());
        document.At(kind, 1)["id"] = "  ";

        Assert.Equal([$"{kind}[0].id", $"{kind}[1].id"], document.Problems());
    }

    [Theory]
    [InlineData("PO/1")]
    [InlineData("PO\\1")]
    [InlineData("PO#1")]
    [InlineData("PO?1")]
    [InlineData("PO\u00011")]
    [InlineData("PO\t1")]
    [InlineData("PO\u00851")]
    public void IdThatCannotBeAStorageKeyIsReported(string id)
    {
        var document = ReferenceDocumentJson.Baseline();
        document.At("productOffering", 0)["id"] = id;

        Assert.Equal(["productOffering[0].id"], document.Problems());
    }

    [Fact]
    public void IdOf255CharactersIsTakenAndOf256IsNot()
    {
        var document = ReferenceDocumentJson.Baseline();
        document.At("party", 0)["id"] = new string('C', 255);
        document.At("party", 1)["id"] = new string('C', 256);

        Assert.Equal(["party[1].id"], document.Problems());
    }

    [Fact]
    public void IdUsedTwiceInOneKindIsReportedAtTheRepeatButMayRecurInAnotherKind()
    {
        var document = ReferenceDocumentJson.Baseline();
        document.At("party", 1)["id"] = "CUST-1";
        document.At("service", 0)["id"] = "PRD-1";

        var (_, failures) = document.Read();

        var failure = Assert.Single(failures);
        Assert.Equal("party[1].id", failure.Path);
        Assert.Contains("party[0]", failure.Message);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("decimal")]
    [InlineData(null)]
    public void UnknownOrMissingValueTypeIsReported(string? valueType)
    {
        var document = ReferenceDocumentJson.Baseline();
        document.Characteristic("productSpecification", 0, "productSpecCharacteristic", 1)["valueType"] = valueType;

        Assert.Equal(["productSpecification[0].productSpecCharacteristic[1].valueType"], document.Problems());
    }

    [Fact]
    public void NegativeMinCardinalityAndMaxBelowMinAreReported()
    {
        var document = ReferenceDocumentJson.Baseline();
        document.Characteristic("productSpecification", 0, "productSpecCharacteristic", 0)["minCardinality"] = -1;
        document.Characteristic("productSpecification", 0, "productSpecCharacteristic", 1)["minCardinality"] = 2;
        document.Characteristic("productSpecification", 0, "productSpecCharacteristic", 1)["maxCardinality"] = 1;

        Assert.Equal(
            ["productSpecification[0].productSpecCharacteristic[0].minCardinality", "productSpecification[0].productSpecCharacteristic[1].maxCardinality"],
            document.Problems());
    }

    [Theory]
    [InlineData("integer", "\"8\"")]
    [InlineData("integer", "1.5")]
    [InlineData("number", "\"1.5\"")]
    [InlineData("boolean", "\"true\"")]
    [InlineData("string", "100")]
    [InlineData("string", "null")]
    [InlineData("string", "[\"100Mbps\"]")]
    public void AllowedValueNotOfTheDeclaredTypeIsReported(string valueType, string value)
    {
        var document = ReferenceDocumentJson.Baseline();
        var characteristic = document.Characteristic("productSpecification", 0, "productSpecCharacteristic", 0);
        characteristic["valueType"] = valueType;
        characteristic["productSpecCharacteristicValue"] = new JsonArray(new JsonObject { ["value"] = JsonNode.Parse(value) });

        Assert.Equal(["productSpecification[0].productSpecCharacteristic[0].productSpecCharacteristicValue[0].value"], document.Problems());
    }

    [Fact]
    public void AllowedValuesOfAServiceSpecificationAreCheckedUnderTheirOwnName()
    {
        var document = ReferenceDocumentJson.Baseline();
        document.Characteristic("serviceSpecification", 0, "specCharacteristic", 0)["characteristicValueSpecification"]![1]!["value"] = "1000";

        Assert.Equal(["serviceSpecification[0].specCharacteristic[0].characteristicValueSpecification[1].value"], document.Problems());
    }

    [Fact]
    public void CharacteristicNamedTwiceInASpecificationIsReported()
    {
        var document = ReferenceDocumentJson.Baseline();
        document.Characteristic("productSpecification", 0, "productSpecCharacteristic", 1)["name"] = "bandwidth";

        Assert.Equal(["productSpecification[0].productSpecCharacteristic[1].name"], document.Problems());
    }

    [Fact]
    public void RelationshipWithoutIdOrTypeOrToItselfIsReported()
    {
        var document = ReferenceDocumentJson.Baseline();
        document.At("productSpecification", 1)["productSpecificationRelationship"] = new JsonArray(
            new JsonObject { ["relationshipType"] = "requires" },
            new JsonObject { ["id"] = "PS-FIBER" },
            new JsonObject { ["id"] = "PS-ROUTER", ["relationshipType"] = "requires" });
        document.At("serviceSpecification", 0)["serviceSpecRelationship"]![0]!["id"] = "";

        Assert.Equal(
            [
                "productSpecification[1].productSpecificationRelationship[0].id",
                "productSpecification[1].productSpecificationRelationship[1].relationshipType",
                "productSpecification[1].productSpecificationRelationship[2].id",
                "serviceSpecification[0].serviceSpecRelationship[0].id",
            ],
            document.Problems());
    }

    [Fact]
    public void SpecificationUsingTheOtherKindsNamesIsReported()
    {
        var document = ReferenceDocumentJson.Baseline();
        document.At("serviceSpecification", 0)["productSpecCharacteristic"] = new JsonArray();
        document.Characteristic("productSpecification", 0, "productSpecCharacteristic", 0)["characteristicValueSpecification"] = new JsonArray();

        Assert.Equal(
            ["productSpecification[0].productSpecCharacteristic[0].characteristicValueSpecification", "serviceSpecification[0].productSpecCharacteristic"],
            document.Problems());
    }

    [Theory]
    [InlineData("Individual")]
    [InlineData("customer")]
    [InlineData(null)]
    public void PartyThatIsNeitherCustomerNorConsumerIsReported(string? type)
    {
        var document = ReferenceDocumentJson.Baseline();
        document.At("party", 1)["@type"] = type;

        Assert.Equal(["party[1].@type"], document.Problems());
    }

    [Fact]
    public void RecordsWithoutTheReferencesTheyNeedAreReported()
    {
        var document = ReferenceDocumentJson.Baseline();
        document.At("productOffering", 0).Remove("productSpecification");
        document.At("product", 0)["productSpecification"] = new JsonObject { ["name"] = "Fiber access" };
        document.At("product", 0)["productOffering"] = new JsonObject();
        document.At("product", 0)["relatedParty"]!.AsArray().Add(new JsonObject { ["role"] = "User" });
        document.At("service", 0).Remove("serviceSpecification");

        Assert.Equal(
            [
                "productOffering[0].productSpecification.id",
                "product[0].productSpecification.id",
                "product[0].productOffering.id",
                "product[0].relatedParty[1].id",
                "service[0].serviceSpecification.id",
            ],
            document.Problems());
    }

    [Fact]
    public void ValueOfTheWrongTypeIsReportedAtItsPathAndTheOtherRecordsAreStillChecked()
    {
        var document = ReferenceDocumentJson.Baseline();
        document.At("product", 0)["relatedParty"]![0]!["id"] = 1001;
        document.Characteristic("productSpecification", 0, "productSpecCharacteristic", 0)["minCardinality"] = "one";
        document.At("party", 1)["@type"] = "Individual";

        Assert.Equal(
            ["productSpecification[0].productSpecCharacteristic[0].minCardinality", "party[1].@type", "product[0].relatedParty[0].id"],
            document.Problems());
    }

    [Fact]
    public void EveryProblemOfTheDocumentIsReportedAtOnce()
    {
        var document = ReferenceDocumentJson.Baseline();
        document["catalog"] = "main";
        document.At("productOffering", 0)["id"] = "PO#1";
        document.Characteristic("productSpecification", 0, "productSpecCharacteristic", 0)["valueType"] = "enum";
        document.At("serviceSpecification", 0)["serviceSpecRelationship"]![0]!.AsObject().Remove("relationshipType");
        document.At("party", 1)["id"] = "CUST-1";
        document.At("service", 0)["relatedParty"]![0] = null;

        Assert.Equal(
            [
                "catalog",
                "productOffering[0].id",
                "productSpecification[0].productSpecCharacteristic[0].valueType",
                "serviceSpecification[0].serviceSpecRelationship[0].relationshipType",
                "party[1].id",
                "service[0].relatedParty[0]",
            ],
            document.Problems());
    }

    [Fact]
    public void RecordTooLargeToKeepIsReported()
    {
        var document = ReferenceDocumentJson.Baseline();
        var values = new JsonArray([.. Enumerable.Range(0, 40_000).Select(i => new JsonObject { ["value"] = $"model-{i:D6}" })]);
        document.Characteristic("productSpecification", 1, "productSpecCharacteristic", 0)["valueType"] = "string";
        document.Characteristic("productSpecification", 1, "productSpecCharacteristic", 0)["productSpecCharacteristicValue"] = values;

        Assert.Equal(["productSpecification[1]"], document.Problems());
    }
}
