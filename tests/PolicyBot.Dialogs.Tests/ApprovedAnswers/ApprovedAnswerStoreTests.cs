using PolicyBot.Dialogs.ApprovedAnswers;
using PolicyBot.Dialogs.Tests.Versions;
using PolicyBot.Knowledge.Versions.Approved;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.ApprovedAnswers;

/// <summary>The approved answer store's contract, on SQLite and on a real PostgreSQL.</summary>
public sealed class ApprovedAnswerStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Add_ThenRead_EverythingAsSavedWithAnId(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new ApprovedAnswerStore(database);

        var saved = await store.AddAsync(Answer(RevisedPolicy.BeSafe), "PB-1001", CancellationToken.None);

        var read = Assert.Single(await store.ListAsync(CancellationToken.None));
        Assert.Equal("1", saved.Id);
        Assert.Equal(saved, read.Answer);
        Assert.Equal((0, (DateTimeOffset?)null, "PB-1001"), (read.Uses, read.LastUsedAt, read.Ticket));
        Assert.Equal([saved], await store.CurrentAsync(CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Update_OnlyFromTheStateExpected_SoTwoReviewsWriteOnce(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new ApprovedAnswerStore(database);
        var saved = await store.AddAsync(Answer(RevisedPolicy.BeSafe), null, CancellationToken.None);
        var expired = saved.Expire("\u201cBe safe\u201d changed in version 2.", Now.AddDays(90));

        Assert.True(await store.UpdateAsync(expired, ApprovedAnswerState.Current, CancellationToken.None));
        Assert.False(await store.UpdateAsync(expired, ApprovedAnswerState.Current, CancellationToken.None));

        Assert.Equal(expired, (await store.FindAsync(1, CancellationToken.None))!.Answer);
        Assert.Empty(await store.CurrentAsync(CancellationToken.None));
        Assert.True(await store.UpdateAsync(expired.Retire("Retired by Ana Comms.", Now.AddDays(91)), ApprovedAnswerState.Expired, CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task RecordUse_Twice_CountsBothAndKeepsTheLastTime(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var store = new ApprovedAnswerStore(database);
        var saved = await store.AddAsync(Answer(RevisedPolicy.DontComment), null, CancellationToken.None);

        await store.RecordUseAsync(saved.Id, Now.AddDays(1), CancellationToken.None);
        await store.RecordUseAsync(saved.Id, Now.AddDays(2), CancellationToken.None);

        var read = (await store.FindAsync(1, CancellationToken.None))!;
        Assert.Equal((2, (DateTimeOffset?)Now.AddDays(2)), (read.Uses, read.LastUsedAt));
        await TestDatabase.DisposeAsync(database);
    }

    private static ApprovedAnswer Answer(string sectionId) => new(
        string.Empty,
        "Can I add my colleagues as friends on Facebook?",
        "Yes, with your privacy settings on friends only.",
        ClauseReference.In(RevisedPolicy.Version1, sectionId),
        new Approval("29:5comms", "Ana Comms", "Communications team", Now));
}
