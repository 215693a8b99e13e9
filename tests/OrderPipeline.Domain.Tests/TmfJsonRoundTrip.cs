using System.Text.Json;
using System.Text.Json.Nodes;

namespace OrderPipeline.Domain.Tests;

public sealed class TmfJsonRoundTrip
{
    // Unknown fields at every level the pipeline types: order, item, offering, product, characteristic, party, relationship.
    private const string Submitted = """
        {
          "externalId": "EXT-1",
          "channel": [ { "id": "web" } ],
          "relatedParty": [ { "id": "CUST-1", "@referredType": "Customer", "contactMedium": [ { "mediumType": "email" } ] } ],
          "productOrderItem": [
            {
              "id": "01", "action": "add", "itemPrice": [ { "priceType": "recurring" } ],
              "productOffering": { "id": "PO-FIBRE", "bundled": false },
              "product": {
                "isBundle": false,
                "place": { "streetName": "Main", "postcode": "8000" },
                "productCharacteristic": [ { "name": "speed", "value": 1000, "unit": "Mbit/s" } ],
                "relatedParty": [ { "id": "CON-1", "role": "technicalContact", "phone": "+41 44 000" } ]
              },
              "productOrderItemRelationship": [ { "id": "02", "relationshipType": "reliesOn", "note": "x" } ]
            },
            { "id": "02", "action": "add", "productOffering": { "id": "PO-ROUTER" } }
          ]
        }
        """;

    [Fact]
    public void SubmittedOrderIsWrittenBackWithEveryFieldItWasSent()
    {
        var order = JsonSerializer.Deserialize(Submitted, TmfJsonContext.Default.ProductOrder)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(order, TmfJsonContext.Default.ProductOrder));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Submitted), written), written?.ToJsonString());
    }
}
