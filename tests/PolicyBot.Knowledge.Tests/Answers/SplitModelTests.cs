using PolicyBot.Knowledge.Answers;

namespace PolicyBot.Knowledge.Tests.Answers;

public sealed class SplitModelTests
{
    private static readonly ConfidenceModel Strict = new(-100, []);

    // A question the shipped policy and the library both put hits forward for: each hit is read by its own kind's model.
    [Fact]
    public void Logit_HitsOfBothKinds_ReadByTheirOwnKindsModel()
    {
        var hits = TestPolicies.WithLibrary.Index.Search("can I post about my annual leave on social media?", 200);
        var split = new SplitModel(ConfidenceModel.DefaultRanking, Strict);

        Assert.Contains(hits, hit => hit.Tuned);
        Assert.Contains(hits, hit => !hit.Tuned);
        Assert.All(hits, hit => Assert.Equal(hit.Tuned ? ConfidenceModel.DefaultRanking.Logit(hit) : -100, split.Logit(hit)));
    }

    // The Social Media Policy's answers depend on the tuned models alone: a confidence that refuses every
    // untuned document leaves them as they were, to the digit, and hands the library's questions off.
    [Fact]
    public void Ask_UntunedConfidenceRefusingEverything_LeavesTheTunedPolicysAnswersAsTheyWere()
    {
        var knowledge = TestPolicies.WithLibrary;
        using var strict = knowledge.WithModels(knowledge.Options.Ranking, knowledge.Options.Confidence with { Untuned = Strict });

        foreach (var question in new[] { "can I post about my job on Facebook?", "can I friend an offender on social media?" })
        {
            var shipped = knowledge.Ask(question);
            var split = strict.Ask(question);
            Assert.True(shipped.Answered, question);
            Assert.Equal((shipped.Answered, shipped.Confidence, shipped.Text), (split.Answered, split.Confidence, split.Text));
        }

        Assert.True(knowledge.Ask("how many vacation days do we get?").Answered);
        Assert.False(strict.Ask("how many vacation days do we get?").Answered);
    }

    // The question's length is a feature of every hit (how many words its policy's index searches for), and only the
    // untuned confidence weighs it: a tuned hit scores the same however long the question.
    [Fact]
    public void Score_QuestionWords_ComputedForEveryHitAndLeaveTheTunedScoreAsItWas()
    {
        var hits = TestPolicies.WithLibrary.Index.Search("can I post about my annual leave on social media?", 200);
        var wordy = new SplitModel(ConfidenceModel.Default, ConfidenceModel.UntunedDefault with { Weights = [.. ConfidenceModel.UntunedDefault.Weights.SkipLast(1), 1.0] });
        var words = ConfidenceModel.FeatureNames.ToList().IndexOf("log question words");

        Assert.All(hits.Where(hit => !hit.Tuned), hit => Assert.Equal(5, hit.QuestionWords)); // post, annual, leave, social, media
        Assert.All(hits, hit => Assert.Equal(Math.Log(1 + hit.QuestionWords), ConfidenceModel.Features(hit)[words], 12));
        var tuned = hits.First(hit => hit.Tuned);
        Assert.Equal(wordy.Score(tuned), wordy.Score(tuned with { QuestionWords = 12 }));
        Assert.Equal(SplitModel.DefaultConfidence.Score(tuned), SplitModel.DefaultConfidence.Score(tuned with { QuestionWords = 12 }));
        var untuned = hits.First(hit => !hit.Tuned);
        Assert.NotEqual(wordy.Score(untuned), wordy.Score(untuned with { QuestionWords = 12 }));
    }
}
