using System.Text.Json;
using OrderPipeline.Domain.Validation;

namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>The document's <c>party</c> array: customer accounts and consumers, told apart by <c>@type</c>.</summary>
internal static class PartySection
{
    private static readonly string[] Types = ["Customer", "Consumer"];

    public static List<Party> Read(JsonElement array, FailureList failures) =>
        RecordSection.Read(array, ReferenceKind.Party, ReferenceDocumentJsonContext.Default.PartyJson, failures, (party, path) =>
        {
            if (string.IsNullOrWhiteSpace(party.Type))
            {
                failures.Add($"{path}.@type", $"@type is required: one of {string.Join(", ", Types)}");
            }
            else if (!Types.Contains(party.Type, StringComparer.Ordinal))
            {
                failures.Add($"{path}.@type", $"@type '{party.Type}' is not one of {string.Join(", ", Types)}");
            }

            return new Party(party.Id ?? "", party.Name, party.Type, party.Status);
        });
}
