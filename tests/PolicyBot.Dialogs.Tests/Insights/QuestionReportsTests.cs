using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PolicyBot.Cards;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.ApprovedAnswers;
using PolicyBot.Dialogs.Infrastructure.Knowledge;
using PolicyBot.Dialogs.Escalations;
using PolicyBot.Dialogs.Infrastructure.Outbox;
using PolicyBot.Dialogs.Infrastructure.Retention;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Insights;
using PolicyBot.Dialogs.Tests.Versions;
using PolicyBot.Knowledge.Versions.Approved;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Insights;

public sealed class QuestionReportsTests : IAsyncLifetime
{
    private const string BeSafe = "Policy principles and standards > Standards > Be safe";
    private const string Scope = "Scope";

    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<KnowledgeProvider> Knowledge = new(() => new KnowledgeProvider(Options.Create(new KnowledgeSettings()), new FakeTimeProvider(Now), NullLogger<KnowledgeProvider>.Instance));

    private IDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Build_Period_CountsOutcomesRanksSectionsAndListsHandOffsAndThumbsDown()
    {
        var log = new QuestionLog(_database, NullLogger<QuestionLog>.Instance, TimeProvider.System);
        var feedback = new FeedbackStore(_database);
        log.Record(new AskedQuestion("too old to count", false, null, "personal", Now.AddDays(-8)));
        log.Record(new AskedQuestion("who does it cover", true, Scope, "personal", Now.AddDays(-3)));
        log.Record(new AskedQuestion("tagged in uniform", true, BeSafe, "personal", Now.AddDays(-2)));
        log.Record(new AskedQuestion("how is overtime paid", false, null, "channel", Now.AddDays(-1)));
        log.Record(new AskedQuestion("my address online", true, BeSafe, "groupChat", Now.AddHours(-2)));
        await feedback.AddAsync(new FeedbackEntry("tagged in uniform", Helpful: false, Answered: true, "personal", Now.AddDays(-2)), CancellationToken.None);
        await feedback.AddAsync(new FeedbackEntry("my address online", Helpful: true, Answered: true, "groupChat", Now.AddHours(-1)), CancellationToken.None);
        await feedback.AddAsync(new FeedbackEntry("from long ago", Helpful: false, Answered: true, "personal", Now.AddDays(-60)), CancellationToken.None);

        var report = await Reports(log, feedback).BuildAsync(7, CancellationToken.None);

        Assert.Equal("the last 7 days", report.Period);
        Assert.Equal("Questions are kept without names for 90 days.", report.Kept);
        Assert.Equal((4, 3, 1, 1, 1), (report.Asked, report.Answered, report.HandedOffCount, report.Helpful, report.Unhelpful));
        Assert.Equal([new ReportLine(BeSafe, "2"), new ReportLine(Scope, "1")], report.Sections);
        Assert.Equal([new ReportLine("how is overtime paid", "24 Nov")], report.HandedOff);
        Assert.Equal([new ReportLine("tagged in uniform", "23 Nov")], report.NotHelpful);
    }

    [Fact]
    public async Task Build_NothingAsked_GivesAnEmptyReportNotAnError()
    {
        var report = await Reports(new QuestionLog(_database, NullLogger<QuestionLog>.Instance, TimeProvider.System), new FeedbackStore(_database)).BuildAsync(30, CancellationToken.None);

        Assert.Equal(0, report.Asked);
        Assert.False(report.HasSections || report.HasHandedOff || report.HasNotHelpful);
    }

    [Fact]
    public async Task Build_OverduePolicyAndApprovedAnswers_ListsThemWithHowOftenAndWhenEachWasLastShownThoseToReviewFirst()
    {
        var approved = new ApprovedAnswerStore(_database);
        var friends = await approved.AddAsync(Answer("Can I add colleagues as friends on Facebook?", RevisedPolicy.BeSafe), "PB-1001", CancellationToken.None);
        var comment = await approved.AddAsync(Answer("Can I reply to a news story about a prison?", RevisedPolicy.DontComment), null, CancellationToken.None);
        await approved.AddAsync(Answer("Can I post from a muster?", RevisedPolicy.BeSafe), null, CancellationToken.None);
        await approved.RecordUseAsync(friends.Id, Now.AddDays(-3), CancellationToken.None);
        await approved.RecordUseAsync(friends.Id, Now, CancellationToken.None);
        await approved.RecordUseAsync(comment.Id, Now.AddDays(-40), CancellationToken.None);
        await approved.UpdateAsync(comment.Expire("\u201cDon't comment on Corrections matters\u201d changed in version 2.", Now), ApprovedAnswerState.Current, CancellationToken.None);

        var report = await Reports(new QuestionLog(_database, NullLogger<QuestionLog>.Instance, TimeProvider.System), new FeedbackStore(_database), approved).BuildAsync(30, CancellationToken.None);

        Assert.Equal([new ReportLine("Social Media Policy", "review was due July 2017")], report.Overdue);
        Assert.Equal(
            [
                new ReportLine("Answer 2, \u201cCan I reply to a news story about a prison?\u201d", "expired, to review (shown once since approved, last on 16 Oct): \u201cDon't comment on Corrections matters\u201d changed in version 2."),
                new ReportLine("Answer 3, \u201cCan I post from a muster?\u201d", "not shown yet; interprets \u201cBe safe\u201d; approved by Ana Comms (Communications team)"),
                new ReportLine("Answer 1, \u201cCan I add colleagues as friends on Facebook?\u201d (PB-1001)", "shown 2 times since approved, last on 25 Nov; interprets \u201cBe safe\u201d; approved by Ana Comms (Communications team)"),
            ],
            report.Approved);
        Assert.True(report.HasOverdue && report.HasApproved);
    }

    [Fact]
    public async Task QuestionReport_ApproverAndRetirerNamesWithMarkdown_ShowAsTyped()
    {
        const string Forged = "[Ana](https://evil.example) **Comms**";
        var approved = new ApprovedAnswerStore(_database);
        var answer = Answer("Can I post from a muster?", RevisedPolicy.BeSafe) with { Approval = new Approval("29:5comms", Forged, "Communications team", Now) };
        await approved.AddAsync(answer, null, CancellationToken.None);
        var retired = await approved.AddAsync(Answer("Can I reply to a news story about a prison?", RevisedPolicy.DontComment), null, CancellationToken.None);
        await approved.UpdateAsync(retired.Retire($"Retired by {Forged}.", Now), ApprovedAnswerState.Current, CancellationToken.None);
        var report = await Reports(new QuestionLog(_database, NullLogger<QuestionLog>.Instance, TimeProvider.System), new FeedbackStore(_database), approved).BuildAsync(30, CancellationToken.None);

        var card = PolicyCards.QuestionReport(report).ToJsonString();

        var escaped = System.Text.Json.JsonSerializer.Serialize(CardMarkdown.Escape(Forged)).Trim('"');
        Assert.Equal(2, card.Split(escaped).Length - 1);
        Assert.DoesNotContain("[Ana](https://", card, StringComparison.Ordinal);
        Assert.DoesNotContain("**Comms", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_LongerThanQuestionsAreKept_CoversTheKeptPeriodAndSaysSo()
    {
        var log = new QuestionLog(_database, NullLogger<QuestionLog>.Instance, TimeProvider.System);
        var feedback = new FeedbackStore(_database);
        log.Record(new AskedQuestion("past the period, not yet deleted", false, null, "personal", Now.AddDays(-90).AddMilliseconds(-1)));
        log.Record(new AskedQuestion("on the first moment kept", false, null, "personal", Now.AddDays(-90)));
        log.Record(new AskedQuestion("last month", true, Scope, "personal", Now.AddDays(-30)));
        await feedback.AddAsync(new FeedbackEntry("last month", Helpful: true, Answered: true, "personal", Now.AddDays(-30)), CancellationToken.None);

        var report = await Reports(log, feedback, retention: new RetentionSettings { Feedback = TimeSpan.FromDays(30) }).BuildAsync(365, CancellationToken.None);
        var card = PolicyCards.QuestionReport(report).ToJsonString();

        Assert.Equal(("the last 90 days", 2), (report.Period, report.Asked));
        Assert.Equal("Questions are kept without names for 90 days, 👍/👎 for 30 days.", report.Kept);
        Assert.Contains("In the last 90 days. Questions are kept without names for 90 days", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_QuestionsKeptForGood_CoversThePeriodAskedFor()
    {
        var log = new QuestionLog(_database, NullLogger<QuestionLog>.Instance, TimeProvider.System);
        log.Record(new AskedQuestion("200 days ago", false, null, "personal", Now.AddDays(-200)));

        var report = await Reports(log, new FeedbackStore(_database), retention: new RetentionSettings { Questions = null }).BuildAsync(365, CancellationToken.None);

        Assert.Equal(("the last 365 days", 1, "Questions are kept without names, 👍/👎 for 90 days."), (report.Period, report.Asked, report.Kept));
    }

    private QuestionReports Reports(QuestionLog log, FeedbackStore feedback, ApprovedAnswerStore? approved = null, RetentionSettings? retention = null) =>
        new(log, feedback, Knowledge.Value, approved ?? new ApprovedAnswerStore(_database), new EscalationDeliveries(_database), Options.Create(retention ?? new RetentionSettings()), new FakeTimeProvider(Now));

    private static ApprovedAnswer Answer(string question, string sectionId) => new(
        string.Empty,
        question,
        "Yes, with care.",
        ClauseReference.In(RevisedPolicy.Version1, sectionId),
        new Approval("29:5comms", "Ana Comms", "Communications team", Now));

    [Fact]
    public async Task Build_AnEscalationGivenUpLongAgo_IsListedUntilItIsSentAgain()
    {
        var (escalation, _) = await new SqlEscalationStore(_database).CreateAsync(PolicyBot.Dialogs.Tests.Escalations.SqlEscalationStoreTests.Draft("conv|report"), "Sam", e => [TeamsPayload.Ticket(e.Id)], CancellationToken.None);
        var deliveries = new EscalationDeliveries(_database);
        var message = Assert.Single(await new OutboxStore(_database).ListAsync(CancellationToken.None));
        await deliveries.GiveUpAsync(message.Id, new EscalationEvent(escalation.Id, Now.AddDays(-40), "PolicyBot", "undelivered", "ticket card"), [], "403", CancellationToken.None);
        var reports = new QuestionReports(new QuestionLog(_database, NullLogger<QuestionLog>.Instance, TimeProvider.System), new FeedbackStore(_database), Knowledge.Value, new ApprovedAnswerStore(_database), deliveries, Options.Create(new RetentionSettings()), new FakeTimeProvider(Now));

        var report = await reports.BuildAsync(7, CancellationToken.None);
        await deliveries.RetryAsync(escalation.Id, "an operator", Now, CancellationToken.None);

        Assert.Equal([new ReportLine("PB-1001: ticket card", "failed 16 Oct")], report.Undelivered);
        Assert.Contains("1 not delivered", report.FallbackText, StringComparison.Ordinal);
        Assert.False((await reports.BuildAsync(7, CancellationToken.None)).HasUndelivered);
    }
}
