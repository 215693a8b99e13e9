namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>An element of one of the document's top-level arrays: a record with an id unique within its kind.</summary>
internal interface IDocumentRecord
{
    string? Id { get; }
}
