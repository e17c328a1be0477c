using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Tests.Escalations;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Outbox;

public sealed class OutboxWorkerTests
{
    private readonly string _path = Path.Combine(Directory.CreateTempSubdirectory("policybot-outbox").FullName, "bot.db");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task RunOnceAsync_CrashAfterAcceptingBeforeSending_ANewInstanceDeliversExactlyOnce()
    {
        // The accepting instance writes the escalation and its outbox message, then dies before any worker ran.
        var accepting = await DatabaseAsync();
        await new SqlEscalationStore(accepting).CreateAsync(SqlEscalationStoreTests.Draft("conv|crash"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);

        var restarted = await DatabaseAsync();
        var handler = new RecordingHandler();
        var worker = Worker(new OutboxStore(restarted), handler);

        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));
        Assert.Single(handler.Delivered);
    }

    [Fact]
    public async Task RunOnceAsync_Throttled_WaitsForRetryAfterThenDelivers()
    {
        var database = await DatabaseAsync();
        await new SqlEscalationStore(database).CreateAsync(SqlEscalationStoreTests.Draft("conv|429"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var store = new OutboxStore(database);
        var handler = new RecordingHandler { Failures = { new OutboxDeliveryException("429", retryable: true, retryAfter: TimeSpan.FromSeconds(45)) } };
        var worker = Worker(store, handler);

        await worker.RunOnceAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(44));
        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));

        Assert.Single(handler.Delivered);
        Assert.Equal(2, Assert.Single(await store.ListAsync(CancellationToken.None)).Attempts);
    }

    [Fact]
    public async Task RunOnceAsync_PermanentFailure_MarksFailedAndStops()
    {
        var database = await DatabaseAsync();
        await new SqlEscalationStore(database).CreateAsync(SqlEscalationStoreTests.Draft("conv|403"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var store = new OutboxStore(database);
        var handler = new RecordingHandler { Failures = { new OutboxDeliveryException("403", retryable: false, retryAfter: null) } };
        var worker = Worker(store, handler);

        await worker.RunOnceAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));
        Assert.NotNull(Assert.Single(await store.ListAsync(CancellationToken.None)).FailedAt);
    }

    // The same SQLite file each time, as a restarted instance would open it.
    private async Task<IDatabase> DatabaseAsync()
    {
        var database = new SqliteDatabase(_path);
        await TestDatabase.MigrateAsync(database);
        return database;
    }

    private OutboxWorker Worker(OutboxStore store, IOutboxHandler handler) =>
        new(store, [handler], Options.Create(new OutboxSettings()), _time, NullLogger<OutboxWorker>.Instance);

    private sealed class RecordingHandler : IOutboxHandler
    {
        public List<Exception> Failures { get; } = [];

        public List<OutboxMessage> Delivered { get; } = [];

        public IReadOnlyCollection<string> Kinds { get; } = [TeamsPayload.TicketKind];

        public Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            if (Failures.Count > 0)
            {
                var failure = Failures[0];
                Failures.RemoveAt(0);
                throw failure;
            }

            Delivered.Add(message);
            return Task.CompletedTask;
        }
    }
}
