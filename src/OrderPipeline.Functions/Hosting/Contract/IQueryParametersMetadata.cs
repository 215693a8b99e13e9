namespace OrderPipeline.Functions.Hosting.Contract;

/// <summary>The query parameters a function takes, for whatever describes the API (the development host's OpenAPI document).</summary>
public interface IQueryParametersMetadata
{
    IReadOnlyList<QueryParameter> Parameters { get; }
}
