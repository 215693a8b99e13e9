using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace OrderPipeline.IntegrationTests.Infrastructure;

/// <summary>Every log line an app writes, with its exception and scopes, to check what never may appear in logs.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();
    private readonly LoggerExternalScopeProvider scopes = new();

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => logs.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopeText = new System.Text.StringBuilder();
            logs.scopes.ForEachScope((scope, text) => text.Append(" => ").Append(scope), scopeText);
            logs.lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {state}{scopeText} {exception}");
        }
    }
}
