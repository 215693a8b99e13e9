using System.Text.Json;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>
/// The document's <c>product</c> (TMF637) and <c>service</c> (TMF638) arrays: what customers already have. Each item names
/// its specification; a product may name its offering.
/// </summary>
internal static class InventorySection
{
    public static List<InventoryItem> ReadProducts(JsonElement array, FailureList failures) =>
        RecordSection.Read(array, ReferenceKind.Product, ReferenceDocumentJsonContext.Default.ProductInventoryJson, failures, (product, path) =>
            new InventoryItem(
                product.Id ?? "",
                product.Status,
                References.Required(product.ProductSpecification, $"{path}.productSpecification", failures),
                References.Optional(product.ProductOffering, $"{path}.productOffering", failures),
                References.Parties(product.RelatedParty, $"{path}.relatedParty", failures)));

    public static List<InventoryItem> ReadServices(JsonElement array, FailureList failures) =>
        RecordSection.Read(array, ReferenceKind.Service, ReferenceDocumentJsonContext.Default.ServiceInventoryJson, failures, (service, path) =>
            new InventoryItem(
                service.Id ?? "",
                service.State,
                References.Required(service.ServiceSpecification, $"{path}.serviceSpecification", failures),
                OfferingId: null,
                References.Parties(service.RelatedParty, $"{path}.relatedParty", failures)));
}
