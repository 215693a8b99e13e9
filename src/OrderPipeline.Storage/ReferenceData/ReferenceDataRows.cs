using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using OrderPipeline.Domain.ReferenceData;
using OrderPipeline.Storage.Tables;

namespace OrderPipeline.Storage.ReferenceData;

/// <summary>
/// One row per record: row key = the record's id, the normalized record as JSON. The catalog kinds (offerings and
/// specifications, hundreds to thousands) have one partition each; parties and inventory grow with the customer base
/// (millions), so each is spread over <see cref="Buckets"/> partitions by a hash of the id that every process computes alike.
/// </summary>
internal static class ReferenceDataRows
{
    public const int Buckets = 16;
    private const string RecordProperty = "Record";

    public static string PartitionKey(ReferenceKind kind, string id) => kind switch
    {
        ReferenceKind.Party or ReferenceKind.Product or ReferenceKind.Service => $"{kind.DocumentName()}-{Bucket(id)}",
        _ => kind.DocumentName(),
    };

    /// <summary>Every partition that may hold records of <paramref name="kind"/>.</summary>
    public static IEnumerable<string> Partitions(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Party or ReferenceKind.Product or ReferenceKind.Service =>
            Enumerable.Range(0, Buckets).Select(bucket => $"{kind.DocumentName()}-{bucket:x}"),
        _ => [kind.DocumentName()],
    };

    public static TableEntity ToEntity(ReferenceKind kind, string id, object record)
    {
        var row = new TableEntity(PartitionKey(kind, id), id);
        LargeText.Write(row, RecordProperty, ReferenceRecordJsonContext.Serialize(record));
        return row;
    }

    public static object ToRecord(ReferenceKind kind, TableEntity row) =>
        ReferenceRecordJsonContext.Deserialize(kind, LargeText.Read(row, RecordProperty) ?? "null");

    /// <summary>Every record of the set as its row.</summary>
    public static IEnumerable<TableEntity> From(ReferenceDataSet set) =>
    [
        .. set.ProductOfferings.Select(offering => ToEntity(ReferenceKind.ProductOffering, offering.Id, offering)),
        .. set.ProductSpecifications.Select(specification => ToEntity(ReferenceKind.ProductSpecification, specification.Id, specification)),
        .. set.ServiceSpecifications.Select(specification => ToEntity(ReferenceKind.ServiceSpecification, specification.Id, specification)),
        .. set.Parties.Select(party => ToEntity(ReferenceKind.Party, party.Id, party)),
        .. set.Products.Select(product => ToEntity(ReferenceKind.Product, product.Id, product)),
        .. set.Services.Select(service => ToEntity(ReferenceKind.Service, service.Id, service)),
    ];

    // The first hex digit of the id's SHA-256: string.GetHashCode differs from process to process.
    private static char Bucket(string id) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, 1))[0];
}
