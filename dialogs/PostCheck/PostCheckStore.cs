using System.Text.Json;
using Microsoft.Extensions.Options;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.PostCheck;

/// <summary>
/// Keeps checks between turns, so a check survives a restart, continues on another instance, and two people's
/// checks never mix. Expired checks read as missing and are swept as new ones are saved.
/// </summary>
public sealed class PostCheckStore(IDatabase database, IOptions<PostCheckSettings> settings, TimeProvider time)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The check with this id, or null when there is none or it has expired.</summary>
    public async Task<PostCheckState?> FindAsync(string id, CancellationToken cancellationToken)
    {
        var rows = await Sql.QueryAsync(
            database,
            "SELECT state FROM post_checks WHERE id = @id AND updated_at >= @since",
            reader => reader.GetString(0),
            cancellationToken,
            ("@id", id),
            ("@since", Since())).ConfigureAwait(false);
        return rows.Count == 0 ? null : JsonSerializer.Deserialize<PostCheckState>(rows[0], JsonOptions);
    }

    public async Task<PostCheckState> SaveAsync(PostCheckState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        var saved = state with { UpdatedAt = time.GetUtcNow() };
        await Sql.ExecuteAsync(
            database,
            """
            INSERT INTO post_checks (id, owner_id, state, updated_at) VALUES (@id, @owner, @state, @at)
            ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at
            """,
            cancellationToken,
            ("@id", saved.Id),
            ("@owner", saved.OwnerId),
            ("@state", JsonSerializer.Serialize(saved, JsonOptions)),
            ("@at", Sql.Millis(saved.UpdatedAt))).ConfigureAwait(false);
        await Sql.ExecuteAsync(database, "DELETE FROM post_checks WHERE updated_at < @since", cancellationToken, ("@since", Since())).ConfigureAwait(false);
        return saved;
    }

    private long Since() => Sql.Millis(time.GetUtcNow() - settings.Value.Expiry);
}
