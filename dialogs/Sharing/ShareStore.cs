using System.Globalization;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>Shared topic cards and who has acknowledged each, in the bot's SQLite file.</summary>
public sealed class ShareStore
{
    private readonly SqliteDatabase _database;
    private readonly Lazy<Task> _schema;

    public ShareStore(SqliteDatabase database)
    {
        _database = database;
        _schema = new Lazy<Task>(() => database.ExecuteAsync(
            """
            CREATE TABLE IF NOT EXISTS shares (
                id TEXT PRIMARY KEY,
                policy_id TEXT NOT NULL,
                topic_id TEXT NOT NULL,
                hash TEXT NOT NULL,
                sharer_id TEXT NOT NULL,
                sharer_name TEXT NOT NULL,
                team_id TEXT NOT NULL,
                channel_id TEXT NOT NULL,
                shared_at TEXT NOT NULL
            );
            CREATE TABLE IF NOT EXISTS acknowledgements (
                share_id TEXT NOT NULL REFERENCES shares (id),
                user_id TEXT NOT NULL,
                user_name TEXT NOT NULL,
                at TEXT NOT NULL,
                PRIMARY KEY (share_id, user_id)
            );
            """,
            _ => { },
            CancellationToken.None));
    }

    public async Task AddAsync(ShareRecord share, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(share);
        await _schema.Value.ConfigureAwait(false);
        await _database.ExecuteAsync(
            "INSERT INTO shares VALUES ($id, $policy, $topic, $hash, $sharer, $name, $team, $channel, $at)",
            p =>
            {
                p.AddWithValue("$id", share.Id);
                p.AddWithValue("$policy", share.PolicyId);
                p.AddWithValue("$topic", share.TopicId);
                p.AddWithValue("$hash", share.Hash);
                p.AddWithValue("$sharer", share.SharerId);
                p.AddWithValue("$name", share.SharerName);
                p.AddWithValue("$team", share.TeamId);
                p.AddWithValue("$channel", share.ChannelId);
                p.AddWithValue("$at", share.SharedAt.ToString("O", CultureInfo.InvariantCulture));
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<ShareRecord?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await _schema.Value.ConfigureAwait(false);
        var rows = await _database.QueryAsync(
            "SELECT id, policy_id, topic_id, hash, sharer_id, sharer_name, team_id, channel_id, shared_at FROM shares WHERE id = $id",
            p => p.AddWithValue("$id", id),
            r => new ShareRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), Time(r.GetString(8))),
            cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 ? rows[0] : null;
    }

    /// <summary>Records that someone has read a shared card; a second click keeps the first time.</summary>
    public async Task AcknowledgeAsync(Acknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        await _schema.Value.ConfigureAwait(false);
        await _database.ExecuteAsync(
            "INSERT OR IGNORE INTO acknowledgements (share_id, user_id, user_name, at) VALUES ($share, $user, $name, $at)",
            p =>
            {
                p.AddWithValue("$share", acknowledgement.ShareId);
                p.AddWithValue("$user", acknowledgement.UserId);
                p.AddWithValue("$name", acknowledgement.UserName);
                p.AddWithValue("$at", acknowledgement.At.ToString("O", CultureInfo.InvariantCulture));
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<Acknowledgement>> AcknowledgementsAsync(string shareId, CancellationToken cancellationToken)
    {
        await _schema.Value.ConfigureAwait(false);
        return await _database.QueryAsync(
            "SELECT share_id, user_id, user_name, at FROM acknowledgements WHERE share_id = $share ORDER BY at, user_name",
            p => p.AddWithValue("$share", shareId),
            r => new Acknowledgement(r.GetString(0), r.GetString(1), r.GetString(2), Time(r.GetString(3))),
            cancellationToken).ConfigureAwait(false);
    }

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
