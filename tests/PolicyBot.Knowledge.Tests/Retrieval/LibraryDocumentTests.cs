namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class LibraryDocumentTests
{
    private const string Sentence = "Your vacation time rolls over year to year with a maximum bank of 27 days at any time.";

    // A passage is encoded with its title and headings in front; its words alone are compared too, sentence
    // by sentence, so a question that says one of its sentences matches that sentence closely.
    [Fact]
    public void Search_QuestionSayingOneSentenceOfAPassage_GivesThatPassageItsWordsSimilarity()
    {
        var hits = TestPolicies.WithLibrary.Index.Search(Sentence, 50);

        var hit = Assert.Single(hits, h => h.Passage.Text.Contains(Sentence, StringComparison.Ordinal));
        Assert.True(hit.WordsSemantic > 0.95, $"{hit.WordsSemantic}");
        Assert.True(hit.WordsSemantic > hit.Semantic, $"{hit.WordsSemantic} against {hit.Semantic}");
    }

    // The title alone says what a document is about; every hit of a document carries the same figure.
    [Fact]
    public void Search_QuestionNamingADocument_GivesItsHitsTheTitleSimilarity()
    {
        var knowledge = TestPolicies.WithLibrary;
        var title = knowledge.FindPolicy("benefits-and-perks")!.Title;

        var hits = knowledge.Index.Search(title, 100);

        var own = hits.Where(h => h.Passage.PolicyId == "benefits-and-perks").Select(h => h.TitleSemantic).Distinct().ToList();
        Assert.True(Assert.Single(own) > 0.95, $"{own[0]}");
        Assert.All(hits.Where(h => h.Passage.PolicyId != "benefits-and-perks"), h => Assert.True(h.TitleSemantic < own[0]));
    }
}
