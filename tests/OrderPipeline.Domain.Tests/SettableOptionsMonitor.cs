using Microsoft.Extensions.Options;

namespace OrderPipeline.Domain.Tests;

/// <summary>Configuration double: a value an admin can edit between calls, as the real monitor would reload it.</summary>
internal sealed class SettableOptionsMonitor<T>(T initial) : IOptionsMonitor<T>
{
    public T CurrentValue { get; set; } = initial;

    public T Get(string? name) => CurrentValue;

    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
