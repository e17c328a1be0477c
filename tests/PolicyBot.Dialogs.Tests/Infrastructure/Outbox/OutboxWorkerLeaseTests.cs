using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Tests.Escalations;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Outbox;

/// <summary>Leases under load, crashes and stops, on SQLite and a real PostgreSQL.</summary>
public sealed class OutboxWorkerLeaseTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task RunOnceAsync_DeliveryTakingFourLeases_KeepsItsLeaseSoNoOtherInstanceTakesIt(string engine)
    {
        var database = await DatabaseWithOneTicketAsync(engine);
        var slow = new OutboxTestHandler { Hold = true };
        var running = Worker(database, slow).RunOnceAsync(CancellationToken.None);
        var message = await slow.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // Two minutes pass in renewal steps; each renewal is seen in the database before the clock moves on.
        for (var step = 0; step < 12; step++)
        {
            _time.Advance(Lease / 3);
            await LeaseRenewedAsync(database, message.Id, _time.GetUtcNow() + Lease);
        }

        var other = new OutboxTestHandler();
        Assert.Equal(0, await Worker(database, other).RunOnceAsync(CancellationToken.None));
        slow.Release();
        Assert.Equal(1, await running);
        Assert.Single(slow.Delivered);
        Assert.Empty(other.Delivered);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task StopAsync_DeliveryUnderWay_FinishesItWithoutCancelling(string engine)
    {
        var database = await DatabaseWithOneTicketAsync(engine);
        var handler = new OutboxTestHandler { Hold = true };
        using var worker = Worker(database, handler);
        await worker.StartAsync(CancellationToken.None);
        await handler.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var stopping = worker.StopAsync(CancellationToken.None);
        Assert.False(stopping.IsCompleted);
        handler.Release();
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(handler.Token.IsCancellationRequested);
        Assert.NotNull(Assert.Single(await new OutboxStore(database).ListAsync(CancellationToken.None)).DeliveredAt);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task StopAsync_DeliveryStillRunningAfterTheGrace_IsCutOffAndTheNextStartTakesItAtOnce(string engine)
    {
        var database = await DatabaseWithOneTicketAsync(engine);
        var hung = new OutboxTestHandler { Hold = true };
        using (var stopped = Worker(database, hung, new OutboxSettings { StopGrace = TimeSpan.FromSeconds(20) }))
        {
            await stopped.StartAsync(CancellationToken.None);
            await hung.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));
            var stopping = stopped.StopAsync(CancellationToken.None);
            _time.Advance(TimeSpan.FromSeconds(20));
            await stopping.WaitAsync(TimeSpan.FromSeconds(10));
        }

        Assert.True(hung.Token.IsCancellationRequested);
        var restarted = new OutboxTestHandler();
        Assert.Equal(1, await Worker(database, restarted).RunOnceAsync(CancellationToken.None));
        var again = Assert.Single(restarted.Delivered);
        Assert.True(again.Interrupted);
        Assert.Equal(2, again.Attempts);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task ExecuteAsync_HolderKilledMidDelivery_SqliteResumesAtStartAndPostgresWhenTheLeaseEnds(string engine)
    {
        var database = await DatabaseWithOneTicketAsync(engine);

        // A process claims the message and is killed: its lease stays behind.
        Assert.Single(await new OutboxStore(database).ClaimDueAsync(new OutboxClaim(_time.GetUtcNow(), Lease, 10, "killed", null), CancellationToken.None));

        var handler = new OutboxTestHandler();
        using var worker = Worker(database, handler);
        await worker.StartAsync(CancellationToken.None);
        if (!database.Dialect.IsSqlite)
        {
            // Other instances share PostgreSQL: a lease is only ended by time.
            Assert.Equal(0, await Worker(database, new OutboxTestHandler()).RunOnceAsync(CancellationToken.None));
            _time.Advance(Lease);
        }

        // The worker polls each second of the test clock: let it run until it has delivered.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!handler.Done.Task.IsCompleted && DateTime.UtcNow < deadline)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        var delivered = await handler.Done.Task.WaitAsync(TimeSpan.FromSeconds(1));
        Assert.True(delivered.Interrupted);
        await worker.StopAsync(CancellationToken.None);
        await TestDatabase.DisposeAsync(database);
    }

    private static async Task<IDatabase> DatabaseWithOneTicketAsync(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await new SqlEscalationStore(database).CreateAsync(SqlEscalationStoreTests.Draft("conv|lease"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        return database;
    }

    private static async Task LeaseRenewedAsync(IDatabase database, long messageId, DateTimeOffset until)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await Sql.QueryAsync(database, "SELECT locked_until FROM outbox WHERE id = @id", reader => Sql.Time(reader, 0), CancellationToken.None, ("@id", messageId)))[0] < until)
        {
            Assert.True(DateTime.UtcNow < deadline, "The lease was not renewed.");
            await Task.Delay(10);
        }
    }

    private OutboxWorker Worker(IDatabase database, IOutboxHandler handler, OutboxSettings? settings = null) =>
        new(new OutboxStore(database), [handler], Options.Create(settings ?? new OutboxSettings { Lease = Lease }), _time, NullLogger<OutboxWorker>.Instance);
}
