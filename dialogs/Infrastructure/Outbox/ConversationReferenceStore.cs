using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>
/// Where the bot can speak later without being spoken to: the Teams conversation references of queue channels,
/// requesters' and managers' personal chats, and queue teams, by key (see EscalationQueues for the keys).
/// </summary>
public sealed class ConversationReferenceStore(IDatabase database)
{
    /// <summary>Stores a reference, replacing the one kept under the key before.</summary>
    public Task SaveAsync(string key, string reference, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            database,
            "INSERT INTO conversation_references (reference_key, reference) VALUES (@key, @reference) ON CONFLICT (reference_key) DO UPDATE SET reference = excluded.reference",
            cancellationToken,
            ("@key", key),
            ("@reference", reference));

    public async Task<string?> GetAsync(string key, CancellationToken cancellationToken) =>
        (await Sql.QueryAsync(database, "SELECT reference FROM conversation_references WHERE reference_key = @key", reader => reader.GetString(0), cancellationToken, ("@key", key)).ConfigureAwait(false)).SingleOrDefault();
}
