using PolicyBot.Knowledge.Evaluation;
using PolicyBot.Knowledge.Retrieval.Semantic;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class AlignmentProbeTests
{
    private static SentenceEncoder Encoder => SentenceEncoder.Shared(TestPolicies.ModelsFolder, SentenceModel.MiniLM);

    [Fact]
    public void Aggregate_QuestionWordThePassageLacks_LowersTheMinimumNotTheBest()
    {
        // Two dimensions: "holiday" points one way, "party" the other; [CLS] and [SEP] are left out of the match.
        var question = new TokenVectors(["holiday", "party"], [-1, 0, 1, -1], [0, 1, 1, 0, 0, 1, 0, 1], 2);
        var both = new TokenVectors(["holidays", "party"], [-1, 0, 1, -1], [0, 1, 1, 0, 0, 1, 0, 1], 2);
        var holidaysOnly = new TokenVectors(["holidays", "paid"], [-1, 0, 1, -1], [0, 1, 1, 0, 0.8f, 0.6f, 0, 1], 2);
        (int, double)[] words = [(0, 1.0), (1, 3.0)];

        var supported = AlignmentProbe.Aggregate(question, words, both);
        var lacking = AlignmentProbe.Aggregate(question, words, holidaysOnly);

        Assert.All(supported, value => Assert.Equal(1.0, value, 1e-6));
        Assert.Equal(0.6, lacking[1], 1e-6);
        Assert.Equal((1 + 0.6) / 2, lacking[0], 1e-6);
        Assert.Equal((1 + (3 * 0.6)) / 4, lacking[2], 1e-6);
    }

    [Fact]
    public void Aggregate_ChristmasPartyAgainstPublicHolidays_LeastSupportedWordScoresLower()
    {
        var passage = Encoder.EncodeTokens("Leave > Public holidays: staff get New Year's Day, Good Friday, Easter Monday, Christmas Day and Boxing Day off on full pay.", query: false);
        var party = Encoder.EncodeTokens("is there a christmas party", query: true);
        var holidays = Encoder.EncodeTokens("which days are public holidays", query: true);

        // The content words the index keeps of each question: "christmas party"; "days public holidays".
        var partyMin = AlignmentProbe.Aggregate(party, [(3, 1.0), (4, 1.0)], passage)[1];
        var holidaysMin = AlignmentProbe.Aggregate(holidays, [(1, 1.0), (3, 1.0), (4, 1.0)], passage)[1];

        Assert.True(partyMin < holidaysMin - 0.1, $"christmas party {partyMin:F3}, public holidays {holidaysMin:F3}");
    }
}
