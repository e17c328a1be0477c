using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Mail;
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
        var handler = new OutboxTestHandler();
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
        var handler = new OutboxTestHandler { Failures = { new OutboxDeliveryException("429", retryable: true, retryAfter: TimeSpan.FromSeconds(45)) } };
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
    public async Task RunOnceAsync_DestinationPaused_PutsTheMessageBackUntriedUntilThePauseEnds()
    {
        var database = await DatabaseAsync();
        await new SqlEscalationStore(database).CreateAsync(SqlEscalationStoreTests.Draft("conv|paused"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var store = new OutboxStore(database);
        var handler = new OutboxTestHandler { Failures = { OutboxDeliveryException.Paused(_time.GetUtcNow().AddSeconds(20)) } };
        var worker = Worker(store, handler);

        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(19));
        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));

        Assert.Equal(1, Assert.Single(handler.Delivered).Attempts);
    }

    [Fact]
    public async Task RunOnceAsync_PermanentFailure_MarksFailedAndStops()
    {
        var database = await DatabaseAsync();
        await new SqlEscalationStore(database).CreateAsync(SqlEscalationStoreTests.Draft("conv|403"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var store = new OutboxStore(database);
        var handler = new OutboxTestHandler { Failures = { new OutboxDeliveryException("403", retryable: false, retryAfter: null) } };
        var worker = Worker(store, handler);

        await worker.RunOnceAsync(CancellationToken.None);
        _time.Advance(TimeSpan.FromDays(1));

        Assert.Equal(0, await worker.RunOnceAsync(CancellationToken.None));
        Assert.NotNull(Assert.Single(await store.ListAsync(CancellationToken.None)).FailedAt);
    }

    [Fact]
    public async Task RunOnceAsync_OutageLongerThanMaxAttempts_KeepsTryingUntilGiveUpAfter()
    {
        var database = await DatabaseAsync();
        await new SqlEscalationStore(database).CreateAsync(SqlEscalationStoreTests.Draft("conv|outage"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var store = new OutboxStore(database);
        var handler = new OutboxTestHandler();
        var settings = new OutboxSettings { MaxAttempts = 3, GiveUpAfter = TimeSpan.FromHours(6), FirstRetryDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromMinutes(30) };
        var worker = Worker(store, handler, settings);

        // Teams answers 503 for five hours: far more than three attempts, all retried.
        for (var hour = 0; hour < 5 * 60; hour++)
        {
            handler.Failures.Add(new OutboxDeliveryException("503", retryable: true, retryAfter: null));
            await worker.RunOnceAsync(CancellationToken.None);
            handler.Failures.Clear();
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var waiting = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Null(waiting.FailedAt);
        Assert.True(waiting.Attempts > 3);

        _time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, await worker.RunOnceAsync(CancellationToken.None));
        Assert.Single(handler.Delivered);
    }

    [Fact]
    public async Task ExecuteAsync_MailServerHangs_TeamsCardsStillGoAtOnce()
    {
        var database = await DatabaseAsync();
        var store = new SqlEscalationStore(database);
        var email = new EmailPayload("socialmedia@corrections.govt.nz", "[PB-1001] Question", "Body", "socialmedia@corrections.govt.nz", "pb-1001.1@policybot");
        await store.CreateAsync(SqlEscalationStoreTests.Draft("conv|mail"), "Sam", _ => [new OutboxDraft(EmailPayload.Kind, email.ToJson())], CancellationToken.None);
        await store.CreateAsync(SqlEscalationStoreTests.Draft("conv|teams"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var mail = new OutboxTestHandler(EmailPayload.Kind) { Hold = true };
        var teams = new OutboxTestHandler(TeamsPayload.TicketKind);
        using var worker = new OutboxWorker(new OutboxStore(database), [mail, teams], Options.Create(new OutboxSettings()), _time, NullLogger<OutboxWorker>.Instance);

        await worker.StartAsync(CancellationToken.None);
        await mail.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(2, (await teams.Done.Task.WaitAsync(TimeSpan.FromSeconds(10))).EscalationId);
        mail.Release();
        await mail.Done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await worker.StopAsync(CancellationToken.None);
    }

    // The same SQLite file each time, as a restarted instance would open it.
    private async Task<IDatabase> DatabaseAsync()
    {
        var database = new SqliteDatabase(_path);
        await TestDatabase.MigrateAsync(database);
        return database;
    }

    private OutboxWorker Worker(OutboxStore store, IOutboxHandler handler, OutboxSettings? settings = null) =>
        new(store, [handler], Options.Create(settings ?? new OutboxSettings()), _time, NullLogger<OutboxWorker>.Instance);
}
