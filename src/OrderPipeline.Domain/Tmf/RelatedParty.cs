using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrderPipeline.Domain.Tmf;

/// <summary>A party linked to an order or a product (TMF RelatedParty).</summary>
public sealed record RelatedParty
{
    public string? Id { get; init; }
    public string? Href { get; init; }
    public string? Name { get; init; }
    public string? Role { get; init; }

    [JsonPropertyName("@referredType")]
    public string? ReferredType { get; init; }

    [JsonPropertyName("@type")]
    public string? Type { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extensions { get; set; }

    /// <summary>The ordering customer: a Customer account or a Consumer, named by <c>@referredType</c> or <c>role</c>.</summary>
    [JsonIgnore]
    public bool IsCustomer => IsCustomerKind(ReferredType) || IsCustomerKind(Role);

    /// <summary>The ordering customer among an order's parties, and where it was sent (<c>relatedParty[1]</c>).</summary>
    public static (string? Id, string? Path) FindCustomer(IReadOnlyList<RelatedParty?>? parties)
    {
        for (var i = 0; i < (parties?.Count ?? 0); i++)
        {
            if (parties![i] is { IsCustomer: true } customer) return (customer.Id, $"relatedParty[{i}]");
        }

        return (null, null);
    }

    private static bool IsCustomerKind(string? value) =>
        string.Equals(value, "Customer", StringComparison.OrdinalIgnoreCase)
        || string.Equals(value, "Consumer", StringComparison.OrdinalIgnoreCase);
}
