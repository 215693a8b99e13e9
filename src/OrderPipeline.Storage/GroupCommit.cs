namespace OrderPipeline.Storage;

/// <summary>
/// Group commit: writes that arrive while a write to the same target is in flight are gathered and written
/// together by the next one, so under load many requests share one storage operation, and alone a request
/// waits for nobody. Each caller's task completes when the write holding its item succeeded, or fails with it.
/// </summary>
/// <typeparam name="TItem">What one caller asks to write.</typeparam>
/// <typeparam name="TResult">What each caller learns of its item once written.</typeparam>
internal sealed class GroupCommit<TItem, TResult>(
    Func<IReadOnlyList<TItem>, int> takeCount,
    Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> write)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Target> targets = [];

    /// <param name="target">Items for one target (a table partition, a queue) are written together; others apart.</param>
    /// <param name="item">The item to write.</param>
    public Task<TResult> WriteAsync(string target, TItem item)
    {
        var pending = new Pending(item, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool lead;
        lock (gate)
        {
            if (!targets.TryGetValue(target, out var queue))
            {
                targets[target] = queue = new Target();
            }

            queue.Items.Add(pending);
            lead = !queue.Writing;
            queue.Writing = true;
        }

        if (lead)
        {
            // Not awaited: the leader's caller waits for its own item like everyone else.
            _ = Task.Run(() => DrainAsync(target));
        }

        return pending.Done.Task;
    }

    private async Task DrainAsync(string target)
    {
        while (true)
        {
            List<Pending> batch;
            lock (gate)
            {
                var queue = targets[target];
                if (queue.Items.Count == 0)
                {
                    queue.Writing = false;
                    targets.Remove(target);
                    return;
                }

                var count = Math.Clamp(takeCount([.. queue.Items.Select(pending => pending.Item)]), 1, queue.Items.Count);
                batch = queue.Items[..count];
                queue.Items.RemoveRange(0, count);
            }

            try
            {
                // No caller's cancellation stops a write that others share; the SDK's timeouts bound it.
                var results = await write([.. batch.Select(pending => pending.Item)]);
                for (var i = 0; i < batch.Count; i++) batch[i].Done.SetResult(results[i]);
            }
            catch (Exception ex)
            {
                foreach (var pending in batch) pending.Done.SetException(ex);
            }
        }
    }

    private sealed record Pending(TItem Item, TaskCompletionSource<TResult> Done);

    private sealed class Target
    {
        public List<Pending> Items { get; } = [];
        public bool Writing { get; set; }
    }
}
