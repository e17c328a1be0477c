using PolicyBot.Dialogs.Infrastructure.Outbox;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>Escalations, their history, conversation references and the outbox, in one database.</summary>
/// <remarks>Each change writes its history line and outbound effects in the same transaction, so a crash
/// after a change never loses the message that announces it.</remarks>
public interface IEscalationStore
{
    /// <summary>Stores a new escalation unless one with the same source key exists; returns the stored one and whether it is new. The effects are made once the new id is known.</summary>
    Task<(Escalation Escalation, bool Created)> CreateAsync(Escalation escalation, string actor, Func<Escalation, IReadOnlyList<OutboxDraft>> effects, CancellationToken cancellationToken);

    Task<Escalation?> GetAsync(long id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Escalation>> ListAsync(EscalationStatus? status, CancellationToken cancellationToken);

    Task<IReadOnlyList<EscalationEvent>> HistoryAsync(long id, CancellationToken cancellationToken);

    /// <summary>Saves a change made to the version read; false (and nothing saved) when someone else changed it first.</summary>
    Task<bool> UpdateAsync(Escalation changed, EscalationEvent happened, IReadOnlyList<OutboxDraft> effects, CancellationToken cancellationToken);

    Task SetTicketActivityAsync(long id, string activityId, CancellationToken cancellationToken);

    Task SaveReferenceAsync(string key, string reference, CancellationToken cancellationToken);

    Task<string?> GetReferenceAsync(string key, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="max"/> due messages to this caller; another instance sees them again only when the lease ends.</summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int max, CancellationToken cancellationToken);

    Task CompleteAsync(long messageId, DateTimeOffset at, CancellationToken cancellationToken);

    Task RetryLaterAsync(long messageId, DateTimeOffset due, string reason, CancellationToken cancellationToken);

    Task FailAsync(long messageId, DateTimeOffset at, string reason, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxState>> OutboxAsync(CancellationToken cancellationToken);
}
