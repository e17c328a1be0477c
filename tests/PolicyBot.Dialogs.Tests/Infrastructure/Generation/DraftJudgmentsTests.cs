using Moq;
using Newtonsoft.Json.Linq;
using PolicyBot.Dialogs.Answers;
using PolicyBot.Dialogs.Infrastructure.Generation;
using PolicyBot.Dialogs.PostCheck;
using PolicyBot.Dialogs.Tests.PostCheck;
using PolicyBot.Knowledge;
using PolicyBot.Knowledge.Posting;

namespace PolicyBot.Dialogs.Tests.Infrastructure.Generation;

public sealed class DraftJudgmentsTests
{
    private const string Draft = "The Minister's prison policy is a joke";
    private const string Judgment = "The draft mocks the Minister, which reads as criticism of government policy. (See: Remain politically neutral.)";

    [Fact]
    public async Task Verdict_WithModelJudgment_ShowsItLabelledAndKeepsTheRuleVerdict()
    {
        var judge = new Mock<IDraftJudge>();
        judge.Setup(j => j.JudgeAsync(It.IsAny<PolicyKnowledgeBase>(), Draft, It.IsAny<PostCheckResult>(), It.IsAny<CancellationToken>())).ReturnsAsync(Judgment);
        using var harness = new PostCheckHarness(judge: judge.Object);

        var card = await harness.Dialog.StartAsync(PostCheckHarness.Mere, Draft, forEveryone: true, CancellationToken.None);
        foreach (var answer in new[] { "personal", "no", "no" })
        {
            card = await harness.AnswerAsync(card, answer, PostCheckHarness.Mere);
        }

        var refresh = new JObject { ["action"] = PostCheckAction.Refresh, ["flowId"] = PostCheckHarness.ActionData(card, "postCheck.back")["flowId"] };
        card = (await harness.Dialog.HandleAsync(PostCheckAction.TryRead(refresh, PostCheckAction.Refresh)!, PostCheckHarness.Mere, CancellationToken.None)).Replacement!;

        Assert.Equal("Don't post this", PostCheckHarness.Verdict(card));
        Assert.Contains($"AI judgment (not a policy rule; the verdict above stands): {Judgment}", PostCheckHarness.Text(card), StringComparison.Ordinal);

        // Drawn twice (the verdict and its refresh), judged once.
        judge.Verify(j => j.JudgeAsync(It.IsAny<PolicyKnowledgeBase>(), Draft, It.Is<PostCheckResult>(r => r.Verdict == Verdict.DoNotPost), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Verdict_WithoutAJudge_HasNoJudgmentLine()
    {
        using var harness = new PostCheckHarness();

        var card = await harness.Dialog.StartAsync(PostCheckHarness.Mere, Draft, forEveryone: true, CancellationToken.None);
        foreach (var answer in new[] { "personal", "no", "no" })
        {
            card = await harness.AnswerAsync(card, answer, PostCheckHarness.Mere);
        }

        Assert.DoesNotContain("AI judgment", PostCheckHarness.Text(card), StringComparison.Ordinal);
    }
}
