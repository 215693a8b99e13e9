using System.Text;
using System.Text.Json.Nodes;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Domain.ReferenceData.Document;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.Tests.ReferenceData;

/// <summary>A valid reference-data document with one record or two of each kind, mutated per test, and how tests read it.</summary>
internal static class ReferenceDocumentJson
{
    private const string BaselineText = """
        {
          "productOffering": [
            { "id": "PO-FIBER-1G", "name": "Business Fiber 1 Gbit/s", "lifecycleStatus": "Active", "productSpecification": { "id": "PS-FIBER" } }
          ],
          "productSpecification": [
            {
              "id": "PS-FIBER", "name": "Fiber access", "version": "2.1", "lifecycleStatus": "Active",
              "productSpecCharacteristic": [
                { "name": "bandwidth", "valueType": "string", "minCardinality": 1, "maxCardinality": 1,
                  "productSpecCharacteristicValue": [ { "value": "1Gbps" }, { "value": "10Gbps" } ] },
                { "name": "staticIpCount", "valueType": "integer", "minCardinality": 0, "maxCardinality": 1,
                  "productSpecCharacteristicValue": [ { "value": 0 }, { "value": 8 } ] }
              ]
            },
            {
              "id": "PS-ROUTER", "name": "Router", "version": "1.0", "lifecycleStatus": "Active",
              "productSpecCharacteristic": [ { "name": "managed", "valueType": "boolean", "minCardinality": 0 } ],
              "productSpecificationRelationship": [ { "id": "PS-FIBER", "relationshipType": "reliesOn" } ]
            }
          ],
          "serviceSpecification": [
            {
              "id": "SS-INTERNET", "name": "Internet access", "version": "3.0", "lifecycleStatus": "Active",
              "specCharacteristic": [
                { "name": "bandwidthMbps", "valueType": "integer", "minCardinality": 1, "maxCardinality": 1,
                  "characteristicValueSpecification": [ { "value": 100 }, { "value": 1000 } ] }
              ],
              "serviceSpecRelationship": [ { "id": "SS-VPN", "relationshipType": "reliesOn" } ]
            }
          ],
          "party": [
            { "id": "CUST-1", "name": "Contoso", "@type": "Customer", "status": "active" },
            { "id": "IND-1", "name": "Ada Lovelace", "@type": "Consumer", "status": "active" }
          ],
          "product": [
            { "id": "PRD-1", "status": "active", "productOffering": { "id": "PO-FIBER-1G" }, "productSpecification": { "id": "PS-FIBER" },
              "relatedParty": [ { "id": "CUST-1", "role": "Customer" } ] }
          ],
          "service": [
            { "id": "SRV-1", "state": "active", "serviceSpecification": { "id": "SS-INTERNET" },
              "relatedParty": [ { "id": "CUST-1", "role": "Customer" } ] }
          ]
        }
        """;

    public static JsonObject Baseline() => JsonNode.Parse(BaselineText)!.AsObject();

    public static JsonObject At(this JsonObject document, string array, int index) => document[array]![index]!.AsObject();

    public static JsonObject Characteristic(this JsonObject document, string array, int index, string name, int characteristic) =>
        document.At(array, index)[name]![characteristic]!.AsObject();

    public static (ReferenceDataSet? Set, IReadOnlyList<ValidationFailure> Failures) Read(this JsonNode document) =>
        Read(document.ToJsonString());

    public static (ReferenceDataSet? Set, IReadOnlyList<ValidationFailure> Failures) Read(string text) =>
        ReferenceDataDocument.Read(Encoding.UTF8.GetBytes(text));

    /// <summary>The paths of the problems found, in the order reported.</summary>
    public static string[] Problems(this JsonNode document)
    {
        var (set, failures) = document.Read();
        Assert.True(set is null == failures.Count > 0, "a set comes only from a document without problems");
        return failures.Paths();
    }
}
