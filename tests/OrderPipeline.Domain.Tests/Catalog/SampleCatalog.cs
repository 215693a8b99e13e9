using System.Text.Json;
using OrderPipeline.Domain.ReferenceData;

namespace OrderPipeline.Domain.Tests.Catalog;

/// <summary>
/// Reference data the catalog tests order against. Product and service catalogs hold the same specification and
/// inventory ids, so one test can run in either vocabulary; offering <c>PO-X</c> sells specification <c>X</c>.
/// </summary>
internal static class SampleCatalog
{
    public const string Customer = "CUST-1";
    public const string OtherCustomer = "CUST-2";
    public const string InactiveCustomer = "CUST-CLOSED";

    public const string Access = "ACCESS";
    public const string Cpe = "CPE";
    public const string Tv = "TV";
    public const string Legacy = "LEGACY";

    public const string ExistingAccess = "INV-ACCESS-1";
    public const string ExistingCpe = "INV-CPE-1";
    public const string OtherCustomersCpe = "INV-CPE-2";
    public const string TerminatedCpe = "INV-CPE-OLD";
    public const string AccessOfRetiredOffering = "INV-ACCESS-LEGACY";

    public static InMemoryReferenceCatalog Create()
    {
        var catalog = new InMemoryReferenceCatalog();
        foreach (var specification in Specifications())
        {
            catalog.ProductSpecifications[specification.Id] = specification;
            catalog.ServiceSpecifications[specification.Id] = specification;
            catalog.Offerings[$"PO-{specification.Id}"] = new($"PO-{specification.Id}", specification.Name, "Active", specification.Id);
        }

        catalog.Offerings["PO-FIBER-100M-LEGACY"] = new("PO-FIBER-100M-LEGACY", "Fibre 100M (old)", "Retired", Access);
        catalog.Offerings["PO-GHOST"] = new("PO-GHOST", "Offering of a removed specification", "Active", "NOT-IN-CATALOG");
        catalog.Parties[Customer] = new(Customer, "Contoso", "Customer", "Active");
        catalog.Parties[OtherCustomer] = new(OtherCustomer, "Fabrikam", "Customer", "Active");
        catalog.Parties[InactiveCustomer] = new(InactiveCustomer, "Closed Ltd", "Customer", "Inactive");
        foreach (var item in Inventory())
        {
            catalog.Products[item.Id] = item;
            catalog.Services[item.Id] = item with { OfferingId = null };
        }

        return catalog;
    }

    private static IEnumerable<Specification> Specifications() =>
    [
        new(Access, "Fibre access", "1.0", "Active",
            [
                new("bandwidth", "string", 1, 1, Values("\"100Mbps\"", "\"500Mbps\"", "\"1Gbps\"", "\"10Gbps\"")),
                new("vlan", "integer", 0, 1, []),
                new("mtu", "number", 0, 1, []),
                new("staticIp", "boolean", 0, 1, []),
                new("label", "string", 0, 1, []),
                new("latencyMs", "number", 0, 1, Values("5", "10", "20.5")),
                new("ipv4Block", "string", 0, 2, []),
            ],
            [new(Cpe, "reliesOn")]),
        new(Cpe, "Customer router", "1.0", "Active", [new("model", "string", 0, 1, [])], []),
        new(Tv, "IPTV", "1.0", "Active", [], [new(Access, "bundles")]),
        new(Legacy, "Copper line", "1.0", "Retired", [], []),
    ];

    private static IEnumerable<InventoryItem> Inventory() =>
    [
        new(ExistingAccess, "active", Access, $"PO-{Access}", Owners(Customer)),
        new(ExistingCpe, "active", Cpe, $"PO-{Cpe}", Owners(Customer)),
        new(OtherCustomersCpe, "active", Cpe, $"PO-{Cpe}", Owners(OtherCustomer)),
        new(TerminatedCpe, "terminated", Cpe, $"PO-{Cpe}", Owners(Customer)),
        new(AccessOfRetiredOffering, "active", Access, "PO-FIBER-100M-LEGACY", [new("USER-9", "User"), new(Customer, "Customer")]),
    ];

    private static InventoryParty[] Owners(string customer) => [new(customer, "Customer")];

    private static JsonElement[] Values(params string[] json) => [.. json.Select(text => JsonElement.Parse(text))];
}
