using System.Globalization;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Answers;

/// <summary>Keeps answer feedback in the bot's SQLite file, so the Communications team can see what did not help.</summary>
public sealed class FeedbackStore
{
    private readonly SqliteDatabase _database;
    private readonly Lazy<Task> _schema;

    public FeedbackStore(SqliteDatabase database)
    {
        _database = database;
        _schema = new Lazy<Task>(() => database.ExecuteAsync(
            """
            CREATE TABLE IF NOT EXISTS feedback (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                question TEXT NOT NULL,
                helpful INTEGER NOT NULL,
                answered INTEGER NOT NULL,
                conversation_type TEXT NOT NULL,
                at TEXT NOT NULL
            )
            """,
            _ => { },
            CancellationToken.None));
    }

    public async Task AddAsync(FeedbackEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await _schema.Value.ConfigureAwait(false);
        await _database.ExecuteAsync(
            "INSERT INTO feedback (question, helpful, answered, conversation_type, at) VALUES ($q, $h, $a, $c, $t)",
            parameters =>
            {
                parameters.AddWithValue("$q", entry.Question);
                parameters.AddWithValue("$h", entry.Helpful);
                parameters.AddWithValue("$a", entry.Answered);
                parameters.AddWithValue("$c", entry.ConversationType);
                parameters.AddWithValue("$t", Sql.Stamp(entry.At));
            },
            cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken) =>
        SinceAsync(DateTimeOffset.MinValue, cancellationToken);

    /// <summary>The feedback given at or after <paramref name="since"/>, oldest first.</summary>
    public async Task<IReadOnlyList<FeedbackEntry>> SinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await _schema.Value.ConfigureAwait(false);
        return await _database.QueryAsync(
            "SELECT question, helpful, answered, conversation_type, at FROM feedback WHERE at >= $since ORDER BY id",
            parameters => parameters.AddWithValue("$since", Sql.Stamp(since)),
            reader => new FeedbackEntry(reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetString(3), DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture)),
            cancellationToken).ConfigureAwait(false);
    }
}
