namespace PolicyBot.Dialogs.Infrastructure.Outbox;

/// <summary>What a worker asks the outbox for: up to Max messages due at Now, of these Kinds (all when null), leased to Owner for Lease.</summary>
public sealed record OutboxClaim(DateTimeOffset Now, TimeSpan Lease, int Max, string Owner, IReadOnlyCollection<string>? Kinds);
