using PolicyBot.Knowledge.Topics;

namespace PolicyBot.Knowledge.Tests.Topics;

public sealed class TopicCatalogTests
{
    private static PolicyKnowledgeBase Knowledge => TestPolicies.Knowledge;

    [Fact]
    public void Glance_SocialMediaPolicy_HasEachStandardWithItsFirstSentence()
    {
        var glance = TopicCatalog.Glance(Knowledge.FindPolicy("social-media-policy")!)!;

        Assert.Equal("Social Media Policy at a glance", glance.Title);
        Assert.Equal(["Remain politically neutral", "Don't comment on Corrections matters", "Be safe", "Personal responsibility", "Social media etiquette", "Seek advice if you're not sure"], glance.Points.Select(p => p.Title));
        Assert.Equal("Employees are responsible for anything they publish online.", glance.Points[3].Text);
        Assert.All(glance.Points, point => Assert.False(string.IsNullOrWhiteSpace(point.Text)));
        Assert.StartsWith("The following policy standards must be followed", glance.Intro, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_GlanceAndSectionIds_RoundTrip()
    {
        foreach (var topic in TopicCatalog.Main(Knowledge, 25))
        {
            var found = TopicCatalog.Find(Knowledge, topic.PolicyId, topic.TopicId);
            Assert.NotNull(found);
            Assert.Equal(topic.Hash, found.Hash);
        }

        Assert.Null(TopicCatalog.Find(Knowledge, "social-media-policy", "no/such/section"));
        Assert.Null(TopicCatalog.Find(Knowledge, "no-such-policy", TopicCatalog.GlanceId));
    }

    [Fact]
    public void Hash_DiffersBetweenTopics_AndIsStableAcrossLoads()
    {
        var topics = TopicCatalog.Main(Knowledge, 25);
        Assert.Equal(topics.Count, topics.Select(t => t.Hash).Distinct().Count());

        using var again = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, new PolicyBot.Knowledge.Answers.KnowledgeOptions(), TestPolicies.Clock());
        Assert.Equal(topics.Select(t => t.Hash), TopicCatalog.Main(again, 25).Select(t => t.Hash));
    }

    [Fact]
    public void Search_BeSafe_PutsThatSectionFirstWithItsKeySentences()
    {
        var top = TopicCatalog.Search(Knowledge, "staying safe on social media", 5)[0];

        Assert.Equal("policy-principles-and-standards/standards/be-safe", top.TopicId);
        Assert.InRange(top.Points.Count, 1, 3);
        Assert.DoesNotContain(TopicCatalog.Search(Knowledge, "who owns this policy", 5), t => t.TopicId == "document-details");
    }

    [Theory]
    [InlineData("One. Two. Three.", 1, "One.")]
    [InlineData("One. Two. Three.", 2, "One. Two.")]
    [InlineData("See www.corrections.govt.nz for tips. Then go.", 1, "See www.corrections.govt.nz for tips.")]
    [InlineData("No full stop here", 1, "No full stop here")]
    public void First_Text_CutsAtSentenceEnds(string text, int count, string expected) =>
        Assert.Equal(expected, Sentences.First(text, count));
}
