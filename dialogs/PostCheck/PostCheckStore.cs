using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.PostCheck;

/// <summary>
/// Keeps checks in the bot's SQLite file, so a check survives a restart and two people's checks never mix.
/// Expired checks read as missing and are swept as new ones are saved.
/// </summary>
public sealed class PostCheckStore
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _time;
    private readonly TimeSpan _expiry;
    private readonly Lazy<Task> _schema;

    public PostCheckStore(SqliteDatabase database, IOptions<PostCheckSettings> settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _database = database;
        _time = time;
        _expiry = settings.Value.Expiry;
        _schema = new Lazy<Task>(() => database.ExecuteAsync(
            "CREATE TABLE IF NOT EXISTS post_checks (id TEXT PRIMARY KEY, owner_id TEXT NOT NULL, state TEXT NOT NULL, updated_at TEXT NOT NULL)",
            _ => { },
            CancellationToken.None));
    }

    /// <summary>The check with this id, or null when there is none or it has expired.</summary>
    public async Task<PostCheckState?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await _schema.Value.ConfigureAwait(false);
        var rows = await _database.QueryAsync(
            "SELECT state FROM post_checks WHERE id = $id AND updated_at >= $since",
            parameters =>
            {
                parameters.AddWithValue("$id", id);
                parameters.AddWithValue("$since", Since());
            },
            reader => reader.GetString(0),
            cancellationToken).ConfigureAwait(false);
        return rows.Count == 0 ? null : JsonSerializer.Deserialize<PostCheckState>(rows[0], JsonOptions);
    }

    public async Task<PostCheckState> SaveAsync(PostCheckState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        await _schema.Value.ConfigureAwait(false);
        var saved = state with { UpdatedAt = _time.GetUtcNow() };
        await _database.ExecuteAsync(
            """
            INSERT INTO post_checks (id, owner_id, state, updated_at) VALUES ($id, $owner, $state, $at)
            ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at;
            DELETE FROM post_checks WHERE updated_at < $since;
            """,
            parameters =>
            {
                parameters.AddWithValue("$id", saved.Id);
                parameters.AddWithValue("$owner", saved.OwnerId);
                parameters.AddWithValue("$state", JsonSerializer.Serialize(saved, JsonOptions));
                parameters.AddWithValue("$at", Timestamp(saved.UpdatedAt));
                parameters.AddWithValue("$since", Since());
            },
            cancellationToken).ConfigureAwait(false);
        return saved;
    }

    // Fixed-width UTC timestamps compare correctly as text.
    private string Since() => Timestamp(_time.GetUtcNow() - _expiry);

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffffffZ", CultureInfo.InvariantCulture);
}
