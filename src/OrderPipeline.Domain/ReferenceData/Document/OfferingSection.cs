using System.Text.Json;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>The document's <c>productOffering</c> array: each offering names the product specification it sells.</summary>
internal static class OfferingSection
{
    public static List<ProductOffering> Read(JsonElement array, FailureList failures) =>
        RecordSection.Read(array, ReferenceKind.ProductOffering, ReferenceDocumentJsonContext.Default.ProductOfferingJson, failures, (offering, path) =>
        {
            var specificationId = References.Required(offering.ProductSpecification, $"{path}.productSpecification", failures);
            return new ProductOffering(offering.Id ?? "", offering.Name, offering.LifecycleStatus, specificationId);
        });
}
