namespace OrderPipeline.Domain.Events;

/// <summary>
/// What a row's recipients become after a look's attempts. The attempts are facts made once; when a lost ETag race makes
/// the row be read again, they are applied again to what it holds now, and nothing is sent twice.
/// </summary>
/// <param name="Remaining">The recipients the row keeps: delivered ones and those still to be retried (not those whose listener was removed).</param>
/// <param name="GivenUp">Recipients dropped, with their last progress: out of attempts, or their callback now refused.</param>
/// <param name="Changed">False when nothing was applied, so the row needs no write.</param>
internal sealed record RowDecision(
    IReadOnlyList<RecipientProgress> Remaining, IReadOnlyList<RecipientProgress> GivenUp, bool Changed, int Delivered, int Failed)
{
    public static RowDecision Make(
        PendingEvent row, IReadOnlyDictionary<(string, string), DeliveryAttempt> attempts, HubOptions options, DateTimeOffset now)
    {
        List<RecipientProgress> remaining = [];
        List<RecipientProgress> givenUp = [];
        var (delivered, failed, removed) = (0, 0, 0);
        foreach (var recipient in row.Recipients)
        {
            if (recipient.Delivered || !attempts.TryGetValue((recipient.ListenerId, recipient.Callback), out var attempt))
            {
                remaining.Add(recipient);
            }
            else if (attempt.Unsubscribed)
            {
                // The listener was removed from its hub: it is owed nothing more, and it is not undelivered either.
                removed++;
            }
            else if (attempt.Result.IsAccepted)
            {
                // The listener has it, whatever anybody else wrote meanwhile.
                remaining.Add(recipient.AfterDelivery());
                delivered++;
            }
            else if (recipient.Attempts != attempt.Seen.Attempts)
            {
                // Another deliverer counted an attempt of its own since this look read the row; ours changes nothing.
                remaining.Add(recipient);
            }
            else if (attempt.Refused)
            {
                givenUp.Add(recipient with { LastError = attempt.Result.Error });
                failed++;
            }
            else
            {
                var after = recipient.AfterFailure(attempt.Result.Error!, now, options);
                (after.Attempts >= options.MaxAttempts ? givenUp : remaining).Add(after);
                failed++;
            }
        }

        return new RowDecision(remaining, givenUp, delivered + failed + removed > 0, delivered, failed);
    }
}
