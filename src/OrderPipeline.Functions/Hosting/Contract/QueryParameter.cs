namespace OrderPipeline.Functions.Hosting.Contract;

/// <summary>
/// A query parameter an HTTP function reads, as its API description shows it: the values it takes (<see cref="Values"/>),
/// or a whole number within <see cref="Minimum"/> and <see cref="Maximum"/>, or a string of <see cref="Format"/>.
/// </summary>
public sealed record QueryParameter(string Name, string Description)
{
    public IReadOnlyCollection<string>? Values { get; init; }
    public string? Format { get; init; }
    public int? Minimum { get; init; }
    public int? Maximum { get; init; }
    public int? Default { get; init; }

    /// <summary>A value the function takes, to show a reader (and to send, in the test that checks the description holds).</summary>
    public string? Example { get; init; }

    public bool IsInteger => Minimum is not null || Maximum is not null;
}
