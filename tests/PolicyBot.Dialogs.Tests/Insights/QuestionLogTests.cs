using Microsoft.Extensions.Logging.Abstractions;
using PolicyBot.Dialogs.Insights;
using PolicyBot.TestHost;

namespace PolicyBot.Dialogs.Tests.Insights;

/// <summary>The question log's contract, on SQLite and on a real PostgreSQL.</summary>
public sealed class QuestionLogTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Engines => TestDatabase.Engines;

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Record_ThenDispose_StoresTheQueueForTheNextReaderNewestFirst(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        var log = new QuestionLog(database, NullLogger<QuestionLog>.Instance, TimeProvider.System);
        var old = new AskedQuestion("an old question", true, "Scope", "personal", Now.AddDays(-40));
        var handedOff = new AskedQuestion("how is overtime paid", false, null, "channel", Now.AddDays(-2));
        var answered = new AskedQuestion("can i post a pic in uniform", true, "Policy principles and standards > Standards > Be safe", "personal", Now.AddHours(-1));
        foreach (var asked in new[] { old, handedOff, answered })
        {
            log.Record(asked);
        }

        await log.DisposeAsync();

        await using var reader = new QuestionLog(database, NullLogger<QuestionLog>.Instance, TimeProvider.System);
        Assert.Equal([answered, handedOff], await reader.SinceAsync(Now.AddDays(-30), CancellationToken.None));
        await TestDatabase.DisposeAsync(database);
    }

    // Answers never wait on the database; a report must still see a question asked just before it.
    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Since_QuestionStillQueued_IsIncluded(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await using var log = new QuestionLog(database, NullLogger<QuestionLog>.Instance, TimeProvider.System);
        var asked = new AskedQuestion("just asked", false, null, "personal", Now);

        log.Record(asked);

        Assert.Equal([asked], await log.SinceAsync(Now.AddMinutes(-1), CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task FlushAsync_MoreThanOneBatch_StoresEveryQuestion(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await using var log = new QuestionLog(database, NullLogger<QuestionLog>.Instance, TimeProvider.System);
        for (var i = 0; i < 450; i++)
        {
            log.Record(new AskedQuestion($"question {i}", i % 2 == 0, null, "personal", Now.AddSeconds(i)));
        }

        var stored = await log.SinceAsync(Now, CancellationToken.None);

        Assert.Equal(450, stored.Count);
        Assert.Equal("question 449", stored[0].Question);
    }

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task Record_QuestionOverTheCap_StoresAtMostTheCap(string engine)
    {
        var database = await TestDatabase.CreateAsync(engine);
        await using var log = new QuestionLog(database, NullLogger<QuestionLog>.Instance, TimeProvider.System);

        log.Record(new AskedQuestion("can I tweet " + new string('x', 50_000), false, null, "personal", Now));

        var stored = Assert.Single(await log.SinceAsync(Now, CancellationToken.None)).Question;
        Assert.Equal(PolicyBot.Knowledge.PolicyKnowledgeBase.MaxQuestionLength, stored.Length);
        Assert.StartsWith("can I tweet xxx", stored, StringComparison.Ordinal);
        Assert.EndsWith("x\u2026", stored, StringComparison.Ordinal);
    }
}
