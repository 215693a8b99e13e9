using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>Checks of the references a record makes to others (<c>{"id": …}</c>).</summary>
internal static class References
{
    /// <summary>The id of a reference the record must make; reported at <c>{path}.id</c> when missing or blank.</summary>
    public static string? Required(EntityRefJson? reference, string path, FailureList failures)
    {
        if (string.IsNullOrWhiteSpace(reference?.Id))
        {
            failures.Add($"{path}.id", $"{path[(path.LastIndexOf('.') + 1)..]}.id is required");
            return null;
        }

        return reference.Id;
    }

    /// <summary>The id of a reference the record may make; when it makes one, the id is required.</summary>
    public static string? Optional(EntityRefJson? reference, string path, FailureList failures) =>
        reference is null ? null : Required(reference, path, failures);

    /// <summary>The parties an inventory item is linked to; each must be an object with an id.</summary>
    public static List<InventoryParty> Parties(List<RelatedPartyJson?>? parties, string path, FailureList failures)
    {
        var linked = new List<InventoryParty>();
        for (var i = 0; i < (parties?.Count ?? 0); i++)
        {
            if (parties![i] is not { } party)
            {
                failures.Add($"{path}[{i}]", "must be an object, not null");
            }
            else if (string.IsNullOrWhiteSpace(party.Id))
            {
                failures.Add($"{path}[{i}].id", "id (the party's id) is required");
            }
            else
            {
                linked.Add(new InventoryParty(party.Id, party.Role));
            }
        }

        return linked;
    }
}
