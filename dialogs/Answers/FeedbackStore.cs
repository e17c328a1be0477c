using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Answers;

/// <summary>Keeps answer feedback, so the Communications team can see what did not help.</summary>
public sealed class FeedbackStore(IDatabase database)
{
    public Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return Sql.ExecuteAsync(
            database,
            "INSERT INTO feedback (question, helpful, answered, conversation_type, at) VALUES (@question, @helpful, @answered, @type, @at)",
            cancellationToken,
            ("@question", entry.Question),
            ("@helpful", Sql.Flag(entry.Helpful)),
            ("@answered", Sql.Flag(entry.Answered)),
            ("@type", entry.ConversationType),
            ("@at", Sql.Millis(entry.At)));
    }

    public Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken) =>
        SinceAsync(DateTimeOffset.UnixEpoch, cancellationToken);

    /// <summary>The feedback given at or after <paramref name="since"/>, oldest first.</summary>
    public async Task<IReadOnlyList<FeedbackEntry>> SinceAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        await Sql.QueryAsync(
            database,
            "SELECT question, helpful, answered, conversation_type, at FROM feedback WHERE at >= @since ORDER BY id",
            reader => new FeedbackEntry(reader.GetString(0), Sql.Flag(reader, 1), Sql.Flag(reader, 2), reader.GetString(3), Sql.Time(reader, 4)),
            cancellationToken,
            ("@since", Sql.Millis(since))).ConfigureAwait(false);
}
