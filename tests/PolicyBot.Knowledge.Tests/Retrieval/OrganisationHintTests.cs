using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class OrganisationHintTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("policybot-orghint-");

    // Words alone: the hint reads the documents' text and the model's vocabulary, never its vectors.
    private static KnowledgeOptions WordsOnly => new() { SemanticModel = string.Empty, ModelsFolder = TestPolicies.ModelsFolder };

    // Each library's documents/ folder loaded as a library: its organisations.txt, one folder up, is not read.
    private static string Documents(string library) => TestPolicies.TestData(Path.Combine(library, "documents"));

    [Theory]
    [InlineData("library-test6", "GitLab", 9, 9)]
    [InlineData("library-test4", "PostHog", 9, 9)]
    [InlineData("library-dev2", "Mattermost", 13, 10)]
    public void Load_UntunedDocumentsNamingNoOrganisation_WarnsWithTheNameMostOfThemUse(string library, string name, int documents, int naming)
    {
        using var knowledge = PolicyKnowledgeBase.Load(null, [Documents(library)], WordsOnly, TestPolicies.Clock());

        var hint = Assert.Single(knowledge.Warnings, warning => warning.StartsWith("No organisation is named", StringComparison.Ordinal));
        Assert.StartsWith($"No organisation is named for {documents} documents, and {naming} of them name \"{name}\": set Knowledge:Organisation", hint, StringComparison.Ordinal);
    }

    // Several organisations' documents, none named in most of them; library-test3's Leaf is an English word
    // (as are the first names its documents are signed with), so it is not taken for a name.
    [Theory]
    [InlineData("library-dev")]
    [InlineData("library-dev3")]
    [InlineData("library-test/library")]
    [InlineData("library-test2")]
    [InlineData("library-test3")]
    [InlineData("library-test5")]
    public void Load_NoNameInMostDocuments_NoHint(string library)
    {
        var folder = library.Contains('/', StringComparison.Ordinal) ? TestPolicies.TestData(library) : Documents(library);

        using var knowledge = PolicyKnowledgeBase.Load(null, [folder], WordsOnly, TestPolicies.Clock());

        Assert.DoesNotContain(knowledge.Warnings, warning => warning.StartsWith("No organisation is named", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_OrganisationSetting_NoHint()
    {
        var options = WordsOnly;
        options.Organisation = "GitLab";

        using var knowledge = PolicyKnowledgeBase.Load(null, [Documents("library-test6")], options, TestPolicies.Clock());

        Assert.Empty(knowledge.Warnings);
    }

    [Fact]
    public void Load_OrganisationsFileClaimingEveryDocument_NoHint()
    {
        var library = CopyDocuments("library-test6");
        File.WriteAllText(Path.Combine(library, Organisations.FileName), "GitLab\n");

        using var knowledge = PolicyKnowledgeBase.Load(null, [library], WordsOnly, TestPolicies.Clock());

        Assert.Empty(knowledge.Warnings);
    }

    [Fact]
    public void Load_OrganisationsFileClaimingSomeDocuments_HintCountsTheRest()
    {
        var library = CopyDocuments("library-test6");
        File.WriteAllText(Path.Combine(library, Organisations.FileName), "GitLab: gitlab-paid-time-off, gitlab-whistleblowing, gitlab-acceptable-use-policy, gitlab-anti-harassment-policy, gitlab-gifts-and-contributions, gitlab-travel-safety-and-security\n");

        using var knowledge = PolicyKnowledgeBase.Load(null, [library], WordsOnly, TestPolicies.Clock());

        Assert.StartsWith("No organisation is named for 3 documents, and 3 of them name \"GitLab\"", Assert.Single(knowledge.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedKnowledgeAlone_NoHint()
    {
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, WordsOnly, TestPolicies.Clock());

        Assert.Empty(knowledge.Warnings);
    }

    [Fact]
    public void Load_ShippedKnowledgeWithUntunedDocuments_CountsOnlyTheUntuned()
    {
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, [Documents("library-test4")], WordsOnly, TestPolicies.Clock());

        Assert.StartsWith("No organisation is named for 9 documents, and 9 of them name \"PostHog\"", Assert.Single(knowledge.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoModelVocabulary_NoHint()
    {
        var options = WordsOnly;
        options.ModelsFolder = _temp.CreateSubdirectory("no-models").FullName;

        using var knowledge = PolicyKnowledgeBase.Load(null, [Documents("library-test6")], options, TestPolicies.Clock());

        Assert.Empty(knowledge.Warnings);
    }

    [Fact]
    public void For_NameOnlyLowerCaseInAddresses_StillTakenAsWrittenInSentences()
    {
        var documents = Enumerable.Range(1, 3).Select(i => Parse($"doc-{i}", $"Policy {i}\n\nAt Zorbly we take leave. See zorbly.com/leave or https://handbook.zorbly.com. Ask Slack.\n")).ToList();

        var hint = OrganisationHint.For(documents, () => new HashSet<string>(StringComparer.Ordinal) { "slack", "at", "we", "take", "leave", "see", "or", "ask" });

        Assert.StartsWith("No organisation is named for 3 documents, and 3 of them name \"Zorbly\"", hint, StringComparison.Ordinal);
    }

    [Fact]
    public void For_WordCapitalisedOnlyAtSentenceStarts_NotAName()
    {
        var documents = Enumerable.Range(1, 3).Select(i => Parse($"doc-{i}", $"Policy {i}\n\nZorbly staff rest. Staff rest at zorbly.\n")).ToList();

        Assert.Null(OrganisationHint.For(documents, () => new HashSet<string>(StringComparer.Ordinal)));
    }

    public void Dispose() => _temp.Delete(recursive: true);

    private static PolicyDocument Parse(string id, string text) => PolicyParser.Parse(id, text, PolicyFormat.PlainText);

    private string CopyDocuments(string library)
    {
        var copy = _temp.CreateSubdirectory(library).FullName;
        foreach (var file in Directory.EnumerateFiles(Documents(library)))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }
}
