namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>
/// Takes over a message of an escalation that the outbox gives up on: marks it failed and, in the same
/// transaction, says so where someone will see it (the ticket's history, the requester, the report).
/// </summary>
public interface IUndeliverable
{
    Task GiveUpAsync(OutboxMessage message, string reason, DateTimeOffset at, CancellationToken cancellationToken);
}
