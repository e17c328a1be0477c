using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;
using PolicyBot.Dialogs.Infrastructure.Storage;
using PolicyBot.Dialogs.Versions;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Versions;

/// <summary>The review-overdue notice once per conversation per policy, on SQLite and on a real PostgreSQL.</summary>
public sealed class ReviewNoticesTests : IDisposable
{
    private const string Channel = "19:general@thread.tacv2";
    private const string Policy = "social-media-policy";
    private const string Overdue = "The Social Media Policy was due for review in July 2017; check with its owner that this is still current.";

    private readonly RevisableKnowledge _folder = new();

    public static TheoryData<string> Engines => TestDatabase.Engines;

    public void Dispose() => _folder.Delete();

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task FirstTime_AskedAgainInAnotherThreadOfTheChannel_FalseButTrueForAnotherPolicyOrConversation(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var notices = Notices(database);

        Assert.True(await notices.FirstTimeAsync($"{Channel};messageid=1700000000002", Policy, CancellationToken.None));

        Assert.False(await notices.FirstTimeAsync($"{Channel};messageid=1700000000099", Policy, CancellationToken.None));
        Assert.False(await notices.FirstTimeAsync(Channel, Policy, CancellationToken.None));
        Assert.True(await notices.FirstTimeAsync(Channel, "code-of-conduct", CancellationToken.None));
        Assert.True(await notices.FirstTimeAsync("a:1personal-chat", Policy, CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Note_OverduePolicyTwiceInOneConversation_OnceAndNeverWithoutAConversation(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var notices = Notices(database);
        var kb = _folder.Load(RevisedPolicy.Clock());

        Assert.Equal(Overdue, await notices.NoteAsync("a:1personal-chat", kb, [Policy, Policy], CancellationToken.None));
        Assert.Null(await notices.NoteAsync("a:1personal-chat", kb, [Policy], CancellationToken.None));

        Assert.Equal(Overdue, await notices.NoteAsync(null, kb, [Policy], CancellationToken.None));
        Assert.Null(await notices.NoteAsync("a:2personal-chat", kb, ["no-such-policy"], CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Fact]
    public async Task FirstTime_TwoInstancesAtOnceOnPostgres_ExactlyOneShowsIt()
    {
        var schema = await TestDatabase.PostgresSchemaAsync();
        await using var first = new PostgresDatabase(schema);
        await using var second = new PostgresDatabase(schema);
        await TestDatabase.MigrateAsync(first);
        var (one, two) = (Notices(first), Notices(second));

        var shown = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => (i % 2 == 0 ? one : two).FirstTimeAsync(Channel, Policy, CancellationToken.None)));

        Assert.Equal(1, shown.Count(s => s));
    }

    [Fact]
    public async Task FirstTime_DatabaseUnreachable_ShowsTheNoticeRatherThanNone()
    {
        var database = new Mock<IDatabase>();
        database.Setup(d => d.Dialect).Returns(SqlDialect.Sqlite);
        database.Setup(d => d.OpenAsync(It.IsAny<CancellationToken>())).ThrowsAsync(new SqliteException("unable to open database file", 14));

        Assert.True(await Notices(database.Object).FirstTimeAsync(Channel, Policy, CancellationToken.None));
    }

    [Fact]
    public async Task FirstTime_AskedAgainAfterItWasGiven_IsAnsweredWithoutTheDatabase()
    {
        var real = await TestDatabase.CreateAsync("sqlite");
        var database = new Mock<IDatabase>();
        database.Setup(d => d.Dialect).Returns(SqlDialect.Sqlite);
        database.SetupSequence(d => d.OpenAsync(It.IsAny<CancellationToken>()))
            .Returns(real.OpenAsync(CancellationToken.None))
            .ThrowsAsync(new SqliteException("unable to open database file", 14));
        var notices = Notices(database.Object);

        Assert.True(await notices.FirstTimeAsync($"{Channel};messageid=1", Policy, CancellationToken.None));

        // Had it asked the database again, the failure would have shown the notice a second time.
        Assert.False(await notices.FirstTimeAsync($"{Channel};messageid=2", Policy, CancellationToken.None));
        await TestDatabase.DisposeAsync(real);
    }

    private static ReviewNotices Notices(IDatabase database) => new(database, RevisedPolicy.Clock(), NullLogger<ReviewNotices>.Instance);
}
