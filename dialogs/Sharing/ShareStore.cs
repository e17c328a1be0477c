using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Sharing;

/// <summary>Shared topic cards and who has acknowledged each.</summary>
public sealed class ShareStore(IDatabase database)
{
    private const string Columns = "id, policy_id, topic_id, hash, sharer_id, sharer_name, team_id, channel_id, shared_at, version";

    public Task AddAsync(ShareRecord share, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(share);
        return Sql.ExecuteAsync(
            database,
            $"INSERT INTO shares ({Columns}) VALUES (@id, @policy, @topic, @hash, @sharer, @name, @team, @channel, @at, @version)",
            cancellationToken,
            ("@id", share.Id),
            ("@policy", share.PolicyId),
            ("@topic", share.TopicId),
            ("@hash", share.Hash),
            ("@sharer", share.SharerId),
            ("@name", share.SharerName),
            ("@team", share.TeamId),
            ("@channel", share.ChannelId),
            ("@at", Sql.Millis(share.SharedAt)),
            ("@version", (long)share.Version));
    }

    public async Task<ShareRecord?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await Sql.QueryAsync(
            database,
            $"SELECT {Columns} FROM shares WHERE id = @id",
            Read,
            cancellationToken,
            ("@id", id)).ConfigureAwait(false)).SingleOrDefault();

    /// <summary>Remembers where the card was posted (its conversation reference and message id), so it can be updated later.</summary>
    public Task SetPostedAsync(string shareId, string reference, string activityId, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(
            database,
            "UPDATE shares SET posted_reference = @reference, posted_activity_id = @activity WHERE id = @id",
            cancellationToken,
            ("@reference", reference),
            ("@activity", activityId),
            ("@id", shareId));

    /// <summary>The posted cards of a policy's shares: each share with its conversation reference and message id.</summary>
    public async Task<IReadOnlyList<(ShareRecord Share, string Reference, string ActivityId)>> PostedAsync(string policyId, CancellationToken cancellationToken) =>
        await Sql.QueryAsync(
            database,
            $"SELECT {Columns}, posted_reference, posted_activity_id FROM shares WHERE policy_id = @policy AND posted_activity_id IS NOT NULL ORDER BY shared_at",
            r => (Read(r), r.GetString(10), r.GetString(11)),
            cancellationToken,
            ("@policy", policyId)).ConfigureAwait(false);

    /// <summary>Records that someone has read a shared card's version; a second click on the same version keeps the first time.</summary>
    public Task AcknowledgeAsync(Acknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        return Sql.ExecuteAsync(
            database,
            "INSERT INTO acknowledgement_records (share_id, user_id, user_name, version, at) VALUES (@share, @user, @name, @version, @at) ON CONFLICT (share_id, user_id, version) DO NOTHING",
            cancellationToken,
            ("@share", acknowledgement.ShareId),
            ("@user", acknowledgement.UserId),
            ("@name", acknowledgement.UserName),
            ("@version", (long)acknowledgement.Version),
            ("@at", Sql.Millis(acknowledgement.At)));
    }

    /// <summary>
    /// Claims the right to send a reminder for a share now: false when one went out less than <paramref name="gap"/>
    /// ago. One conditional update, so two clicks at once (on one instance or two) send one reminder.
    /// </summary>
    public async Task<bool> TryStartReminderAsync(string shareId, DateTimeOffset now, TimeSpan gap, CancellationToken cancellationToken) =>
        await Sql.ExecuteAsync(
            database,
            "UPDATE shares SET reminded_at = @now WHERE id = @id AND (reminded_at IS NULL OR reminded_at <= @since)",
            cancellationToken,
            ("@now", Sql.Millis(now)),
            ("@id", shareId),
            ("@since", Sql.Millis(now - gap))).ConfigureAwait(false) == 1;

    /// <summary>Gives back a reminder claimed by <see cref="TryStartReminderAsync"/> that could not be sent.</summary>
    public Task CancelReminderAsync(string shareId, DateTimeOffset claimed, CancellationToken cancellationToken) =>
        Sql.ExecuteAsync(database, "UPDATE shares SET reminded_at = NULL WHERE id = @id AND reminded_at = @claimed", cancellationToken, ("@id", shareId), ("@claimed", Sql.Millis(claimed)));

    /// <summary>Every acknowledgement of the card, each version a person read apart, oldest first.</summary>
    public async Task<IReadOnlyList<Acknowledgement>> AcknowledgementsAsync(string shareId, CancellationToken cancellationToken) =>
        await Sql.QueryAsync(
            database,
            "SELECT share_id, user_id, user_name, at, version FROM acknowledgement_records WHERE share_id = @share ORDER BY at, user_name, version",
            r => new Acknowledgement(r.GetString(0), r.GetString(1), r.GetString(2), Sql.Time(r, 3), (int)Sql.Long(r, 4)),
            cancellationToken,
            ("@share", shareId)).ConfigureAwait(false);

    private static ShareRecord Read(System.Data.Common.DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7), Sql.Time(r, 8), r.IsDBNull(9) ? 1 : (int)Sql.Long(r, 9));
}
