namespace OrderPipeline.Functions.Hosting.Contract;

/// <summary>The function reads the query string <typeparamref name="TQuery"/> parses; its parameters are described there.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class QueryParametersAttribute<TQuery> : Attribute, IQueryParametersMetadata
    where TQuery : IDescribedQuery
{
    public IReadOnlyList<QueryParameter> Parameters => TQuery.Parameters;
}
