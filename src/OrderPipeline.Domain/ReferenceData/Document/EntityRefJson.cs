namespace OrderPipeline.Domain.ReferenceData.Document;

/// <summary>A reference to another record: <c>{"id": …}</c> (other fields, such as <c>href</c> or <c>name</c>, are ignored).</summary>
internal sealed class EntityRefJson
{
    public string? Id { get; set; }
}
