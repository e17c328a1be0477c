using PolicyBot.Knowledge.Versions.Approved;

namespace PolicyBot.Knowledge.Tests.Versions.Approved;

public sealed class ApprovedAnswerReplyTests
{
    private static readonly TimeZoneInfo NewZealand = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland");

    [Fact]
    public void Of_Match_LabelledAsTheTeamsBesideThePolicysWords()
    {
        var version = RevisedPolicy.Version2;
        var answer = ApprovedAnswers.On(RevisedPolicy.Version1, "related-documents", "which other policies should I read?");
        var clause = version.FindSection("related-policies")!;

        var reply = ApprovedAnswerReply.Of(new ApprovedAnswerMatch(answer, 0.9, version, clause), NewZealand);

        Assert.Equal("Approved answer from the Communications team, interpreting \u201cRelated policies\u201d", reply.Label);
        Assert.Equal(answer.Answer, reply.Answer);
        Assert.Equal(("Social Media Policy", "Related policies", clause.Text), (reply.Clause.Policy, reply.Clause.Section, reply.Clause.Quote));

        // Approved at 8 pm UTC on 30 November: the date is the one in Wellington.
        Assert.Equal("Approved by Mere Tane on 1 December 2026", reply.ApprovedBy);
    }

    [Fact]
    public void ToPlainText_Match_CarriesTheLabelTheAnswerAndTheQuote()
    {
        var version = RevisedPolicy.Version1;
        var answer = ApprovedAnswers.On(version, RevisedPolicy.BeSafe, "can I add my colleagues as friends on Facebook?");

        var text = ApprovedAnswerReply.Of(new ApprovedAnswerMatch(answer, 1, version, version.FindSection(RevisedPolicy.BeSafe)!), NewZealand).ToPlainText();

        Assert.StartsWith("Approved answer from the Communications team, interpreting \u201cBe safe\u201d:", text, StringComparison.Ordinal);
        Assert.Contains("The policy's words it interprets (Social Media Policy > Policy principles and standards > Standards > Be safe):", text, StringComparison.Ordinal);
        Assert.Contains("\u201cRefer to Corrections' Social Media Safety Tips", text, StringComparison.Ordinal);
    }
}
