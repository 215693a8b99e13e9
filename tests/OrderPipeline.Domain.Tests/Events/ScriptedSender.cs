using System.Collections.Concurrent;
using OrderPipeline.Domain.Events;

namespace OrderPipeline.Domain.Tests.Events;

/// <summary>Listeners as the test scripts them: each callback answers as told (accepted unless told otherwise), and every post is kept.</summary>
internal sealed class ScriptedSender : IEventSender
{
    private readonly ConcurrentDictionary<string, Func<CancellationToken, Task<CallbackResult>>> answers = new();

    public ConcurrentQueue<(string Callback, string Body)> Posts { get; } = new();

    public void Answer(string callback, string? error) =>
        answers[callback] = _ => Task.FromResult(error is null ? CallbackResult.Accepted : CallbackResult.Failed(error));

    public void Answer(string callback, Func<CancellationToken, Task<CallbackResult>> answer) => answers[callback] = answer;

    public int PostsTo(string callback) => Posts.Count(post => post.Callback == callback);

    public Task<CallbackResult> SendAsync(string callback, string body, CancellationToken cancellationToken)
    {
        Posts.Enqueue((callback, body));
        return answers.TryGetValue(callback, out var answer) ? answer(cancellationToken) : Task.FromResult(CallbackResult.Accepted);
    }
}
