using System.Text.Json.Nodes;
using PolicyBot.Dialogs.PostCheck;
using PolicyBot.Dialogs.Routing;

namespace PolicyBot.Dialogs.Tests.PostCheck;

public sealed class PostCheckDialogTests
{
    private static readonly Speaker Mere = PostCheckHarness.Mere;
    private static readonly Speaker Sam = PostCheckHarness.Sam;

    [Fact]
    public async Task Start_WithPoliticalDraft_AsksOnlyWhatTheDraftLeavesOpen()
    {
        using var harness = new PostCheckHarness();

        var card = await harness.Dialog.StartAsync(Mere, "The Minister's prison policy is a joke", forEveryone: true, CancellationToken.None);

        Assert.Equal("capacity", PostCheckHarness.QuestionId(card));
        card = await harness.AnswerAsync(card, "personal", Mere);
        Assert.Equal("others-work", PostCheckHarness.QuestionId(card));
        Assert.Contains("Comments on politics or government policy: \u201CMinister\u201D", PostCheckHarness.Text(card), StringComparison.Ordinal);
        card = await harness.AnswerAsync(card, "no", Mere);
        card = await harness.AnswerAsync(card, "no", Mere);

        Assert.Equal("Don't post this", PostCheckHarness.Verdict(card));
        Assert.Equal("Ask the Communications team", (string?)AskButton(card)!["title"]);
    }

    [Fact]
    public async Task Answer_EveryQuestionFine_EndsWithOkVerdictAndItsCitation()
    {
        using var harness = new PostCheckHarness();
        var card = await harness.Dialog.StartAsync(Mere, null, forEveryone: true, CancellationToken.None);

        foreach (var answer in new[] { "personal", "own-post", "no", "no", "no", "no", "no", "no", "no", "no" })
        {
            card = await harness.AnswerAsync(card, answer, Mere);
        }

        Assert.Equal("You can post this", PostCheckHarness.Verdict(card));
        Assert.Contains("freely in their personal lives", PostCheckHarness.Text(card), StringComparison.Ordinal);
        Assert.Null(AskButton(card));
    }

    [Fact]
    public async Task Verdict_OverduePolicy_CarriesTheReviewNoteOncePerConversationAndKeepsItOnItsOwnRedraw()
    {
        using var harness = new PostCheckHarness(reviewNotices: true);
        var kb = await PostCheckHarness.KnowledgeAsync();
        var note = kb.ReviewNote(kb.PostCheck!.Flow.Clear.Citation.PolicyId)!;
        var inChat = Mere with { ConversationType = "groupChat", ConversationId = "19:group-chat-with-mere@thread.v2" };

        var first = await FinishAsync(harness, inChat);
        var redrawn = await harness.ClickAsync(first, "postCheck.refresh", inChat);
        var second = await FinishAsync(harness, inChat);
        var elsewhere = await FinishAsync(harness, Mere with { ConversationId = "19:team-channel@thread.tacv2" });

        Assert.Contains(note, PostCheckHarness.Text(first), StringComparison.Ordinal);
        Assert.Contains(note, PostCheckHarness.Text(redrawn), StringComparison.Ordinal);
        Assert.DoesNotContain(note, PostCheckHarness.Text(second), StringComparison.Ordinal);
        Assert.Equal("You can post this", PostCheckHarness.Verdict(second));
        Assert.Contains(note, PostCheckHarness.Text(elsewhere), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Back_AfterAnAnswer_ShowsThePreviousQuestionWithItsAnswerSelected()
    {
        using var harness = new PostCheckHarness();
        var first = await harness.Dialog.StartAsync(Mere, null, forEveryone: true, CancellationToken.None);
        var second = await harness.AnswerAsync(first, "personal", Mere);

        var back = await harness.ClickAsync(second, "postCheck.back", Mere);

        Assert.Equal("capacity", PostCheckHarness.QuestionId(back));
        Assert.Equal("personal", (string?)back["body"]!.AsArray().Single(e => (string?)e!["type"] == "Input.ChoiceSet")!["value"]);
    }

    [Fact]
    public async Task Answer_StaleCardClickedAgain_ShowsWhereTheCheckIsWithoutAnsweringTwice()
    {
        using var harness = new PostCheckHarness();
        var first = await harness.Dialog.StartAsync(Mere, null, forEveryone: true, CancellationToken.None);
        var second = await harness.AnswerAsync(first, "personal", Mere);

        var again = await harness.AnswerAsync(first, "corrections", Mere);

        Assert.Equal(PostCheckHarness.QuestionId(second), PostCheckHarness.QuestionId(again));
    }

    [Fact]
    public async Task Answer_AfterRestart_ContinuesFromTheSqliteFile()
    {
        string database;
        JsonObject card;
        using (var before = new PostCheckHarness())
        {
            database = before.DatabasePath;
            card = await before.AnswerAsync(await before.Dialog.StartAsync(Mere, null, forEveryone: true, CancellationToken.None), "personal", Mere);
        }

        using var after = new PostCheckHarness(database);
        var next = await after.AnswerAsync(card, "own-post", Mere);

        Assert.Equal("relates-to-corrections", PostCheckHarness.QuestionId(next));
    }

    [Fact]
    public async Task Answer_AfterTheCheckExpired_OffersToStartAgain()
    {
        using var harness = new PostCheckHarness();
        var card = await harness.Dialog.StartAsync(Mere, null, forEveryone: true, CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromHours(25));

        var reply = await harness.AnswerAsync(card, "personal", Mere);

        Assert.Contains("expired", PostCheckHarness.Text(reply), StringComparison.Ordinal);
        Assert.Equal("draft", (string?)reply["body"]!.AsArray().Single(e => (string?)e!["type"] == "Input.Text")!["id"]);
    }

    [Fact]
    public async Task Answer_BySomeoneElse_ShowsTheSharedViewAndChangesNothing()
    {
        using var harness = new PostCheckHarness();
        var card = await harness.Dialog.StartAsync(Mere, null, forEveryone: true, CancellationToken.None);

        var samSees = await harness.AnswerAsync(card, "corrections", Sam);
        var mereNext = await harness.AnswerAsync(card, "personal", Mere);

        Assert.Contains("Mere Tane is checking a post", PostCheckHarness.Text(samSees), StringComparison.Ordinal);
        Assert.Equal("sharing", PostCheckHarness.QuestionId(mereNext));
    }

    [Fact]
    public async Task Start_InAChannel_PostsTheSharedViewAndRefreshesOnlyForTheOwner()
    {
        using var harness = new PostCheckHarness();
        var inChannel = Mere with { ConversationType = "channel" };

        var forEveryone = await harness.Dialog.StartAsync(inChannel, "Off to the beach", forEveryone: true, CancellationToken.None);
        var mereView = await harness.ClickAsync(forEveryone, "postCheck.refresh", inChannel);
        var samView = await harness.ClickAsync(forEveryone, "postCheck.refresh", Sam with { ConversationType = "channel" });

        Assert.Equal(["29:mere"], forEveryone["refresh"]!["userIds"]!.AsArray().Select(id => (string?)id));
        Assert.Equal("capacity", PostCheckHarness.QuestionId(mereView));
        Assert.Equal(["29:mere"], mereView["refresh"]!["userIds"]!.AsArray().Select(id => (string?)id));
        Assert.Contains("is checking a post", PostCheckHarness.Text(samView), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_TwoPeopleAtOnce_KeepTheirOwnChecks()
    {
        using var harness = new PostCheckHarness();
        var mere = await harness.Dialog.StartAsync(Mere, null, forEveryone: true, CancellationToken.None);
        var sam = await harness.Dialog.StartAsync(Sam, null, forEveryone: true, CancellationToken.None);

        var answers = await Task.WhenAll(harness.AnswerAsync(mere, "corrections", Mere), harness.AnswerAsync(sam, "personal", Sam));

        Assert.Equal("politics", PostCheckHarness.QuestionId(answers[0]));
        Assert.Equal("sharing", PostCheckHarness.QuestionId(answers[1]));
    }

    [Fact]
    public async Task Answer_NotOneOfTheChoices_GetsAnErrorCard()
    {
        using var harness = new PostCheckHarness();
        var card = await harness.Dialog.StartAsync(Mere, null, forEveryone: true, CancellationToken.None);

        var reply = await harness.AnswerAsync(card, "maybe", Mere);

        Assert.Contains("isn't one of the choices", PostCheckHarness.Text(reply), StringComparison.Ordinal);
    }

    /// <summary>The verdict's "Ask ..." button, which sits under the next step rather than in the row at the bottom.</summary>
    private static JsonNode? AskButton(JsonObject card) =>
        card["body"]!.AsArray().FirstOrDefault(e => (string?)e!["type"] == "ActionSet")?["actions"]![0];

    private static async Task<JsonObject> FinishAsync(PostCheckHarness harness, Speaker who)
    {
        var card = await harness.Dialog.StartAsync(who, null, forEveryone: false, CancellationToken.None);
        foreach (var answer in new[] { "personal", "own-post", "no", "no", "no", "no", "no", "no", "no", "no" })
        {
            card = await harness.AnswerAsync(card, answer, who);
        }

        return card;
    }
}
