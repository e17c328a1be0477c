using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class OrganisationsTests
{
    private static readonly Organisations TwoOrganisations = Organisations.Parse(
    [
        "# comment",
        "Rowe IT, Rowe: roweit-holiday, roweit-travel",
        "Deeson: deeson-leave",
    ]);

    private static string Library => TestPolicies.TestData("library-organisations");

    // Words alone, so which passages a question's words reach is all that decides.
    private static KnowledgeOptions WordsOnly => new() { SemanticModel = string.Empty, MinConfidence = 0 };

    [Theory]
    [InlineData("how many days holiday at Rowe IT?", "how many days holiday at ?")]
    [InlineData("rowe it: can I claim a taxi", "can I claim a taxi")]
    [InlineData("What is Rowe's policy on travel", "What is policy on travel")]
    [InlineData("deeson sick leave", "sick leave")]
    public void Find_NameInQuestion_IsTakenOutOfItsWords(string question, string without)
    {
        var (words, named) = TwoOrganisations.Find(QuestionWords.Of(question));

        Assert.Equal(QuestionWords.Of(without), words);
        Assert.Single(named);
    }

    [Fact]
    public void Find_NameInCompoundTheDocumentsWrite_KeepsItAndStillNamesTheOrganisation()
    {
        var organisations = TwoOrganisations.WithCompounds(["Connect to the Rowe IT network from home.", "Rowe's staff get 25 days."]);
        var question = QuestionWords.Of("can I get onto the Rowe IT network?");

        var (words, named) = organisations.Find(question);

        Assert.Equal(question, words);
        Assert.Single(named);
    }

    [Theory]
    [InlineData("how many days holiday at Rowe IT?", "how many days holiday at ?")]
    [InlineData("do Rowe's staff get a bonus?", "do staff get a bonus?")]
    public void Find_NameBesideWordsOfNoCompound_IsStillTakenOut(string question, string without)
    {
        var organisations = TwoOrganisations.WithCompounds(["Connect to the Rowe IT network from home.", "Rowe staff get 25 days at Rowe IT."]);

        Assert.Equal(QuestionWords.Of(without), organisations.Find(QuestionWords.Of(question)).Words);
    }

    [Theory]
    [InlineData("Passwords must follow Rowe's password policy.", "how long must a Rowe password be?")]
    [InlineData("Use your Rowe password to sign in.", "how long must Rowe's password be?")]
    public void Find_NamePossessiveInTheDocumentsOrTheQuestion_IsTakenOut(string text, string question)
    {
        var organisations = TwoOrganisations.WithCompounds([text]);

        Assert.DoesNotContain("rowe", organisations.Find(QuestionWords.Of(question)).Words);
    }

    [Theory]
    [InlineData("what do I need to get onto the Acme network?", true)]
    [InlineData("can I book the Acme Lounge on Fridays?", true)]
    [InlineData("how much sick leave do Acme staff get?", false)]
    [InlineData("how many days of annual leave do we get at Acme?", false)]
    public void Search_CompoundInTheLibrarysTextOrHeadings_KeepsTheNameInTheQuery(string question, bool kept)
    {
        using var knowledge = PolicyKnowledgeBase.Load(null, [Library], WordsOnly, TestPolicies.Clock());

        Assert.Equal(kept, knowledge.Index.SemanticQuery(question).Contains("Acme", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_NoName_KeepsEveryWordAndNamesNone()
    {
        var words = QuestionWords.Of("can I take it home");

        var (kept, named) = TwoOrganisations.Find(words);

        Assert.Equal(words, kept);
        Assert.Empty(named);
    }

    [Fact]
    public void Admits_QuestionNamingOneOrganisation_OnlyItsDocumentsAndThoseOfNone()
    {
        var (_, named) = TwoOrganisations.Find(QuestionWords.Of("Rowe IT travel"));

        Assert.True(TwoOrganisations.Admits("roweit-travel", named));
        Assert.False(TwoOrganisations.Admits("deeson-leave", named));
        Assert.True(TwoOrganisations.Admits("social-media-policy", named));
    }

    [Fact]
    public void Admits_LineWithoutDocuments_OwnsEveryDocumentNoOtherLineClaims()
    {
        var organisations = Organisations.Named("Ara Poutama Aotearoa, Department of Corrections, Corrections").With(TwoOrganisations);

        var (words, named) = organisations.Find(QuestionWords.Of("Can I say on LinkedIn that I work for the Department of Corrections?"));

        Assert.DoesNotContain("corrections", words);
        Assert.DoesNotContain("department", words);
        Assert.True(organisations.Admits("social-media-policy", named));
        Assert.False(organisations.Admits("deeson-leave", named));
    }

    [Fact]
    public void Named_Empty_IsNone()
    {
        Assert.Equal(0, Organisations.Named(" ").Count);
    }

    [Theory]
    [InlineData(": deeson-leave")]
    [InlineData("Deeson:")]
    public void Parse_LineWithoutNamesOrDocuments_ThrowsNamingTheLine(string line)
    {
        var error = Assert.Throws<InvalidDataException>(() => Organisations.Parse(["# two organisations", line], "organisations.txt"));

        Assert.Contains("organisations.txt, line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Search_QuestionNamingOneOrganisation_IsAnsweredFromItsDocumentsOnly()
    {
        using var knowledge = PolicyKnowledgeBase.Load(null, [Library], WordsOnly, TestPolicies.Clock());

        var named = knowledge.Index.Search("how many days of annual leave do we get at Globex?", 10);
        var unnamed = knowledge.Index.Search("how many days of annual leave do we get?", 10);

        Assert.NotEmpty(named);
        Assert.All(named, hit => Assert.Equal("globex-leave", hit.Passage.PolicyId));
        Assert.Contains(unnamed, hit => hit.Passage.PolicyId == "acme-leave");
    }

    [Fact]
    public void Search_OrganisationNamed_DoesNotReachThePassageThatNamesIt()
    {
        using var knowledge = PolicyKnowledgeBase.Load(null, [Library], WordsOnly, TestPolicies.Clock());
        using var nameless = PolicyKnowledgeBase.Create(knowledge.Documents, new Dictionary<string, DocumentTuning>(), knowledge.Routing, WordsOnly, TestPolicies.Clock());
        const string question = "Acme sick leave";

        Assert.Contains(nameless.Index.Search(question, 10), hit => hit.Passage.SectionTitle == "Equal employment");
        Assert.DoesNotContain(knowledge.Index.Search(question, 10), hit => hit.Passage.SectionTitle == "Equal employment");
    }

    [Fact]
    public void Load_OrganisationsFileNamingNoDocument_WarnsAndLoadsTheRest()
    {
        var folder = Directory.CreateTempSubdirectory("policybot-organisations-").FullName;
        File.Copy(Path.Combine(Library, "documents", "acme-leave.md"), Path.Combine(folder, "acme-leave.md"));
        File.WriteAllLines(Path.Combine(folder, Organisations.FileName), ["Acme: acme-leave, acme-travel"]);

        using var knowledge = PolicyKnowledgeBase.Load(null, [folder], WordsOnly, TestPolicies.Clock());

        // The file beside the documents is not read as a policy of its own.
        Assert.Equal(["acme-leave"], knowledge.Documents.Select(d => d.Id));
        Assert.Contains(knowledge.Warnings, warning => warning.Contains("'acme-travel'", StringComparison.Ordinal));
        Assert.DoesNotContain(knowledge.Index.Search("Acme sick leave", 10), hit => hit.Passage.SectionTitle == "Equal employment");
    }

    [Fact]
    public void Search_OrganisationNamed_SentenceModelReadsTheQuestionWithoutTheName()
    {
        using var knowledge = PolicyKnowledgeBase.Load(null, [Library], new KnowledgeOptions { MinConfidence = 0 }, TestPolicies.Clock());

        var named = knowledge.Index.Search("how much sick leave do we get at Acme Corp", 10);
        var unnamed = knowledge.Index.Search("how much sick leave do we get at", 10).Where(hit => hit.Passage.PolicyId == "acme-leave");

        Assert.Equal(unnamed.ToDictionary(hit => hit.Passage.Ordinal, hit => hit.Semantic), named.ToDictionary(hit => hit.Passage.Ordinal, hit => hit.Semantic));
    }
}
