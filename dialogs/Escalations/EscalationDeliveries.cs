using System.Data.Common;
using System.Globalization;
using PolicyBot.Dialogs.Infrastructure.Mail;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>The outbox messages of escalations: the ones given up, and sending them again.</summary>
public sealed class EscalationDeliveries(IDatabase database)
{
    /// <summary>How an outbox kind is named to operators and on the report.</summary>
    public static string What(string kind) => kind switch
    {
        TeamsPayload.TicketKind => "ticket card",
        TeamsPayload.SendKind => "Teams message",
        EmailPayload.Kind => "email",
        _ => kind,
    };

    /// <summary>
    /// Marks an outbox message of an escalation failed, with its history line and follow-up effects, in one
    /// transaction; does nothing when the message was already delivered or given up.
    /// </summary>
    public Task GiveUpAsync(long messageId, EscalationEvent happened, IReadOnlyList<OutboxDraft> effects, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(happened);
        return InTransactionAsync(
            async (connection, transaction) =>
            {
                var marked = await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE outbox SET failed_at = @at, locked_until = NULL, last_error = @error WHERE id = @id AND delivered_at IS NULL AND failed_at IS NULL",
                    cancellationToken,
                    ("@at", Sql.Millis(happened.At)),
                    ("@error", OutboxStore.Truncate(reason)),
                    ("@id", messageId)).ConfigureAwait(false);
                if (marked == 0)
                {
                    return 0;
                }

                await SqlEscalationStore.AddEventAsync(connection, transaction, happened, cancellationToken).ConfigureAwait(false);
                await OutboxStore.AddAsync(connection, transaction, effects, happened.At, cancellationToken, happened.EscalationId).ConfigureAwait(false);
                return marked;
            },
            cancellationToken);
    }

    /// <summary>Sends the escalation's given-up messages again from their first attempt, recording who asked; returns how many.</summary>
    public Task<int> RetryAsync(long escalationId, string actor, DateTimeOffset at, CancellationToken cancellationToken) =>
        InTransactionAsync(
            async (connection, transaction) =>
            {
                // created_at is reset too: the retried message gets the whole of Outbox:GiveUpAfter again.
                var retried = await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE outbox SET failed_at = NULL, locked_until = NULL, due_at = @at, created_at = @at, attempts = 0 WHERE escalation_id = @id AND failed_at IS NOT NULL",
                    cancellationToken,
                    ("@at", Sql.Millis(at)),
                    ("@id", escalationId)).ConfigureAwait(false);
                if (retried > 0)
                {
                    await SqlEscalationStore.AddEventAsync(connection, transaction, new EscalationEvent(escalationId, at, actor, "retry", retried.ToString(CultureInfo.InvariantCulture)), cancellationToken).ConfigureAwait(false);
                }

                return retried;
            },
            cancellationToken);

    /// <summary>An escalation's outbox messages, oldest first.</summary>
    public async Task<IReadOnlyList<OutboxState>> OfAsync(long escalationId, CancellationToken cancellationToken) =>
        await Sql.QueryAsync(
            database,
            "SELECT id, kind, attempts, due_at, delivered_at, failed_at, last_error, escalation_id FROM outbox WHERE escalation_id = @id ORDER BY id",
            OutboxStore.ReadState,
            cancellationToken,
            ("@id", escalationId)).ConfigureAwait(false);

    /// <summary>The messages given up and not retried since, newest first: what the Communications report lists.</summary>
    public async Task<IReadOnlyList<OutboxState>> FailedAsync(CancellationToken cancellationToken) =>
        await Sql.QueryAsync(
            database,
            "SELECT id, kind, attempts, due_at, delivered_at, failed_at, last_error, escalation_id FROM outbox WHERE failed_at IS NOT NULL ORDER BY failed_at DESC, id DESC",
            OutboxStore.ReadState,
            cancellationToken).ConfigureAwait(false);

    // Committed when work changed something, rolled back when it changed nothing.
    private async Task<int> InTransactionAsync(Func<DbConnection, DbTransaction, Task<int>> work, CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var changed = await work(connection, transaction).ConfigureAwait(false);
                if (changed > 0)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken).ConfigureAwait(false);
                }

                return changed;
            }
        }
    }
}
