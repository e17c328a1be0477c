using PolicyBot.Knowledge.Evaluation;

namespace PolicyBot.Knowledge.Tests.Evaluation;

public sealed class ArcticProbeTests
{
    [Fact]
    public void Features_TheIndexsOwnModel_AreTheHitsOwnSimilarities()
    {
        // Given the model the index searched with, the probe must encode the question, the passage and its section
        // as the index does: then its measures are the hit's own semantic features, and Arctic's read like for like.
        var knowledge = TestPolicies.WithLibrary;
        var probe = new ArcticProbe(knowledge.Index, knowledge.Index.Encoder!);
        const string question = "how many vacation days do I get?";
        var hit = knowledge.Index.Search(question, 50).First(h => h.Passage.PolicyId == "benefits-and-perks");

        var features = probe.Features(probe.Question(question), hit);

        Assert.Equal(ArcticProbe.Names.Count, features.Length);
        Assert.Equal(hit.Semantic, features[0], 3);
        Assert.Equal(hit.SectionSemantic, features[2], 3);
        Assert.Equal(hit.SemanticLift, features[5], 3);
        Assert.Equal(hit.SemanticRank, features[6], 3);
        Assert.Equal(features[0], features[4], 4);
        Assert.InRange(features[3], features[0], features[7]);
    }
}
