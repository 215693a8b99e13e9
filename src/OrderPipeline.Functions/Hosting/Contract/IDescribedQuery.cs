namespace OrderPipeline.Functions.Hosting.Contract;

/// <summary>A query string a function reads, described by the same type that parses it.</summary>
public interface IDescribedQuery
{
    static abstract IReadOnlyList<QueryParameter> Parameters { get; }
}
