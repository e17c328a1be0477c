using PolicyBot.Dialogs.Infrastructure.Outbox;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Outbox;

/// <summary>A handler for the worker tests: records what it delivers, fails as told, and can hold a delivery open until released.</summary>
internal sealed class OutboxTestHandler(params string[] kinds) : IOutboxHandler
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public List<Exception> Failures { get; } = [];

    public List<OutboxMessage> Delivered { get; } = [];

    /// <summary>True to hold each delivery until <see cref="Release"/>.</summary>
    public bool Hold { get; init; }

    /// <summary>Set when a delivery starts.</summary>
    public TaskCompletionSource<OutboxMessage> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set when a delivery has been recorded as delivered.</summary>
    public TaskCompletionSource<OutboxMessage> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The token the last delivery was given.</summary>
    public CancellationToken Token { get; private set; }

    public IReadOnlyCollection<string> Kinds { get; } = kinds.Length == 0 ? [TeamsPayload.TicketKind] : kinds;

    public void Release() => _release.TrySetResult();

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        Token = cancellationToken;
        Started.TrySetResult(message);
        if (Hold)
        {
            await _release.Task.WaitAsync(cancellationToken);
        }

        lock (Failures)
        {
            if (Failures.Count > 0)
            {
                var failure = Failures[0];
                Failures.RemoveAt(0);
                throw failure;
            }

            Delivered.Add(message);
        }

        Done.TrySetResult(message);
    }
}
