using PolicyBot.Dialogs.Infrastructure.Outbox;

namespace PolicyBot.Dialogs.Escalations;

/// <summary>Escalations and their history.</summary>
/// <remarks>Each change writes its history line and its outbound effects (the outbox, in the same database) in one
/// transaction, so a crash after a change never loses the message that announces it.</remarks>
public interface IEscalationStore
{
    /// <summary>Stores a new escalation unless one with the same source key exists; returns the stored one and whether it is new. The effects are made once the new id is known.</summary>
    Task<(Escalation Escalation, bool Created)> CreateAsync(Escalation escalation, string actor, Func<Escalation, IReadOnlyList<OutboxDraft>> effects, CancellationToken cancellationToken);

    Task<Escalation?> GetAsync(long id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Escalation>> ListAsync(EscalationStatus? status, CancellationToken cancellationToken);

    Task<IReadOnlyList<EscalationEvent>> HistoryAsync(long id, CancellationToken cancellationToken);

    /// <summary>Saves a change made to the version read; false (and nothing saved) when someone else changed it first.</summary>
    Task<bool> UpdateAsync(Escalation changed, EscalationEvent happened, IReadOnlyList<OutboxDraft> effects, CancellationToken cancellationToken);

    /// <summary>Saves the id of the ticket card posted for the escalation; the first saved is kept.</summary>
    Task SetTicketActivityAsync(long id, string activityId, CancellationToken cancellationToken);
}
