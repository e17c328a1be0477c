using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Retention;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Insights;
using PolicyBot.Dialogs.PostCheck;
using PolicyBot.Dialogs.Sharing;
using PolicyBot.Dialogs.Tests.Escalations;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Retention;

/// <summary>The retention job over a year of records, on SQLite and a real PostgreSQL, with a test clock.</summary>
public sealed class RetentionServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task RunOnceAsync_Defaults_DeletesWhatIsPastItsPeriodAndKeepsOpenTicketsAndAcknowledgements(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await using (var log = new QuestionLog(database, NullLogger<QuestionLog>.Instance, TimeProvider.System))
        {
            log.Record(new AskedQuestion("asked 91 days ago", true, null, "personal", Now.AddDays(-91)));
            log.Record(new AskedQuestion("asked 89 days ago", true, null, "personal", Now.AddDays(-89)));
        }

        var feedback = new FeedbackStore(database);
        await feedback.AddAsync(new FeedbackEntry("rated 91 days ago", true, true, "personal", Now.AddDays(-91)), CancellationToken.None);
        await feedback.AddAsync(new FeedbackEntry("rated 89 days ago", false, true, "personal", Now.AddDays(-89)), CancellationToken.None);
        var store = new SqlEscalationStore(database);
        var closedLongAgo = await ClosedAsync(store, "conv|old", Now.AddDays(-400));
        var closedRecently = await ClosedAsync(store, "conv|recent", Now.AddDays(-300));
        var (openLongAgo, _) = await store.CreateAsync(SqlEscalationStoreTests.Draft("conv|open") with { CreatedAt = Now.AddDays(-500) }, "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var outbox = new OutboxStore(database);
        foreach (var message in await outbox.ListAsync(CancellationToken.None))
        {
            var deliveredAt = message.EscalationId == closedRecently.Id ? Now.AddDays(-31) : Now.AddDays(-29);
            await outbox.CompleteAsync(message.Id, deliveredAt, CancellationToken.None);
        }

        var shares = new ShareStore(database);
        await shares.AddAsync(new ShareRecord("s-old", "social-media", "be-safe", "h", "29:3manager", "Alex", "19:team", "19:general", Now.AddDays(-2000)), CancellationToken.None);
        await shares.AcknowledgeAsync(new Acknowledgement("s-old", "29:1staff", "Sam Staff", Now.AddDays(-1999)), CancellationToken.None);
        await new PostCheckStore(database, Options.Create(new PostCheckSettings()), new FakeTimeProvider(Now.AddDays(-2))).SaveAsync(new PostCheckState("0123456789abcdef0123456789abcdef", "29:1staff", "Sam Staff", false, "Long shift", [], new Dictionary<string, string>(), [], Now), CancellationToken.None);

        var report = await Job(database, new RetentionSettings()).RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 1, 1, 1, 0, 0, 1), (report.Questions, report.Feedback, report.Escalations, report.DeliveredMessages, report.Shares, report.Acknowledgements, report.PostChecks));
        await using (var log = new QuestionLog(database, NullLogger<QuestionLog>.Instance, TimeProvider.System))
        {
            Assert.Equal("asked 89 days ago", Assert.Single(await log.SinceAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).Question);
        }

        Assert.Equal("rated 89 days ago", Assert.Single(await feedback.ListAsync(CancellationToken.None)).Question);
        Assert.Equal([closedRecently.Id, openLongAgo.Id], (await store.ListAsync(null, CancellationToken.None)).Select(e => e.Id));
        Assert.Empty(await store.HistoryAsync(closedLongAgo.Id, CancellationToken.None));
        Assert.DoesNotContain(await outbox.ListAsync(CancellationToken.None), m => m.EscalationId == closedLongAgo.Id || m.EscalationId == closedRecently.Id);
        Assert.Single(await shares.AcknowledgementsAsync("s-old", CancellationToken.None));
        Assert.Equal(0, (await Job(database, new RetentionSettings()).RunOnceAsync(CancellationToken.None)).Total);
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task RunOnceAsync_AcknowledgementsGivenAPeriod_DeletesOldSharesWithTheirAcknowledgements(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var shares = new ShareStore(database);
        await shares.AddAsync(new ShareRecord("s-old", "social-media", "be-safe", "h", "29:3manager", "Alex", "19:team", "19:general", Now.AddDays(-800)), CancellationToken.None);
        await shares.AcknowledgeAsync(new Acknowledgement("s-old", "29:1staff", "Sam Staff", Now.AddDays(-799)), CancellationToken.None);
        await shares.AddAsync(new ShareRecord("s-new", "social-media", "be-safe", "h", "29:3manager", "Alex", "19:team", "19:general", Now.AddDays(-10)), CancellationToken.None);
        await shares.AcknowledgeAsync(new Acknowledgement("s-new", "29:1staff", "Sam Staff", Now.AddDays(-9)), CancellationToken.None);

        var report = await Job(database, new RetentionSettings { Acknowledgements = TimeSpan.FromDays(730), Questions = null, Feedback = null, ClosedEscalations = null, DeliveredMessages = null }).RunOnceAsync(CancellationToken.None);

        Assert.Equal((1, 1), (report.Shares, report.Acknowledgements));
        Assert.Null(await shares.FindAsync("s-old", CancellationToken.None));
        Assert.Single(await shares.AcknowledgementsAsync("s-new", CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task RunOnceAsync_QuestionOnTheBoundary_IsKeptUntilTheClockPassesIt(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var kept = TimeSpan.FromDays(365);
        await RecordAsync(database, ("a millisecond past", Now - kept - TimeSpan.FromMilliseconds(1)), ("exactly the period", Now - kept), ("a day inside", Now - kept + TimeSpan.FromDays(1)));
        var job = Job(database, new RetentionSettings { Questions = kept });

        var first = await job.RunOnceAsync(CancellationToken.None);
        var afterFirst = await QuestionsAsync(database);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        var second = await job.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, first.Questions);
        Assert.Equal(["a day inside", "exactly the period"], afterFirst);
        Assert.Equal(1, second.Questions);
        Assert.Equal(["a day inside"], await QuestionsAsync(database));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task RunOnceAsync_MoreOldQuestionsThanABatch_DeletesThemAllInOneRunAndKeepsTheNewer(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var old = Enumerable.Range(0, (2 * RetentionService.Batch) + 1).Select(i => ($"old {i}", Now.AddDays(-91).AddSeconds(-i)));
        await RecordAsync(database, [.. old, ("recent", Now.AddDays(-1))]);

        var report = await Job(database, new RetentionSettings()).RunOnceAsync(CancellationToken.None);

        Assert.Equal((2 * RetentionService.Batch) + 1, report.Questions);
        Assert.Equal(["recent"], await QuestionsAsync(database));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task RunOnceAsync_TwoInstancesOnOneDatabaseAtOnce_DeleteEachOldQuestionOnce(string engine)
    {
        var place = engine == TestDatabase.Sqlite ? TestDatabase.SqlitePath() : await TestDatabase.PostgresSchemaAsync();
        IDatabase Open() => engine == TestDatabase.Sqlite ? new SqliteDatabase(place) : new PostgresDatabase(place);
        var (one, two) = (Open(), Open());
        await TestDatabase.MigrateAsync(one);
        var old = Enumerable.Range(0, (2 * RetentionService.Batch) + 1).Select(i => ($"old {i}", Now.AddDays(-91).AddSeconds(-i)));
        await RecordAsync(one, [.. old, ("recent", Now.AddDays(-1))]);

        var reports = await Task.WhenAll(Job(one, new RetentionSettings()).RunOnceAsync(CancellationToken.None), Job(two, new RetentionSettings()).RunOnceAsync(CancellationToken.None));

        Assert.Equal((2 * RetentionService.Batch) + 1, reports.Sum(report => report.Questions));
        Assert.Equal(["recent"], await QuestionsAsync(two));
        await TestDatabase.DisposeAsync(one);
        await TestDatabase.DisposeAsync(two);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task RunOnceAsync_QuestionsKeptForGood_DeletesNone(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await RecordAsync(database, ("ten years ago", Now.AddYears(-10)));

        var report = await Job(database, new RetentionSettings { Questions = null }).RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, report.Questions);
        Assert.Equal(["ten years ago"], await QuestionsAsync(database));
        await TestDatabase.DisposeAsync(database);
    }

    private static async Task RecordAsync(IDatabase database, params (string Question, DateTimeOffset At)[] questions)
    {
        await using var log = new QuestionLog(database, NullLogger<QuestionLog>.Instance, TimeProvider.System);
        foreach (var (question, at) in questions)
        {
            log.Record(new AskedQuestion(question, true, null, "personal", at));
        }
    }

    // Newest first, as the report reads them.
    private static async Task<IReadOnlyList<string>> QuestionsAsync(IDatabase database)
    {
        await using var log = new QuestionLog(database, NullLogger<QuestionLog>.Instance, TimeProvider.System);
        return [.. (await log.SinceAsync(DateTimeOffset.UnixEpoch, CancellationToken.None)).Select(asked => asked.Question)];
    }

    private static async Task<Escalation> ClosedAsync(SqlEscalationStore store, string key, DateTimeOffset closedAt)
    {
        var (e, _) = await store.CreateAsync(SqlEscalationStoreTests.Draft(key) with { CreatedAt = closedAt.AddDays(-1) }, "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var answered = e with { Status = EscalationStatus.Answered, Assignee = "Ana", Answer = "Yes." };
        await store.UpdateAsync(answered, new EscalationEvent(e.Id, closedAt.AddHours(-1), "Ana", "answer", "Ana"), [], CancellationToken.None);
        await store.UpdateAsync(answered with { Status = EscalationStatus.Closed, Version = 2 }, new EscalationEvent(e.Id, closedAt, "Ana", "close", "Ana"), [], CancellationToken.None);
        return e;
    }

    private RetentionService Job(IDatabase database, RetentionSettings settings) =>
        new(database, Options.Create(settings), Options.Create(new PostCheckSettings()), _time, NullLogger<RetentionService>.Instance);
}
