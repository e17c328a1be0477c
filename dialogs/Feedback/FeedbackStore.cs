using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Storage;

namespace PolicyBot.Dialogs.Feedback;

/// <summary>Keeps answer feedback in the bot's SQLite file, so the Communications team can see what did not help.</summary>
public sealed class FeedbackStore
{
    private readonly string _connectionString;
    private readonly Lazy<Task> _schema;

    public FeedbackStore(IOptions<StorageSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var path = settings.Value.ResolvePath();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        _schema = new Lazy<Task>(() => ExecuteAsync(
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
        await ExecuteAsync(
            "INSERT INTO feedback (question, helpful, answered, conversation_type, at) VALUES ($q, $h, $a, $c, $t)",
            parameters =>
            {
                parameters.AddWithValue("$q", entry.Question);
                parameters.AddWithValue("$h", entry.Helpful);
                parameters.AddWithValue("$a", entry.Answered);
                parameters.AddWithValue("$c", entry.ConversationType);
                parameters.AddWithValue("$t", entry.At.ToString("O"));
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedbackEntry>> ListAsync(CancellationToken cancellationToken)
    {
        await _schema.Value.ConfigureAwait(false);
        var connection = new SqliteConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT question, helpful, answered, conversation_type, at FROM feedback ORDER BY id";
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    var entries = new List<FeedbackEntry>();
                    while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                    {
                        entries.Add(new FeedbackEntry(reader.GetString(0), reader.GetBoolean(1), reader.GetBoolean(2), reader.GetString(3), DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture)));
                    }

                    return entries;
                }
            }
        }
    }

    private async Task ExecuteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = sql;
                bind(command.Parameters);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
