using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class ExampleQuestionsTests
{
    private const string NotQualifying = "Eligibility > Roles that do not qualify";

    private static readonly PolicyDocument RemoteWork = PolicyLoader.LoadFile(TestPolicies.TestData("policies/remote-work-policy.md"));

    [Fact]
    public void Parse_HeadingsAndQuestions_FilesEachQuestionUnderItsSection()
    {
        var examples = ExampleQuestions.Parse(
            ["# a comment", "## Purpose", "can i wfh?", "", "## eligibility > roles that do not qualify", "  can a guard telecommute  ", "## Document details", "who owns this"],
            RemoteWork);

        Assert.Equal(["can i wfh?"], examples.For(RemoteWork.Id, "purpose"));
        Assert.Equal(["can a guard telecommute"], examples.For(RemoteWork.Id, RemoteWork.FindSection(NotQualifying)!.Id));
        Assert.Equal(["who owns this"], examples.For(RemoteWork.Id, Slug.Of(PassageBuilder.DocumentDetails)));
        Assert.Equal(3, examples.Count);
        Assert.Empty(examples.For("another-policy", "purpose"));
    }

    // A section renamed in the policy must not stop the policies loading: its questions are left out, and
    // the warning says where and what the headings can be.
    [Fact]
    public void Parse_UnknownSection_LeavesItsQuestionsOutAndWarnsWithTheSectionsThereAre()
    {
        var examples = ExampleQuestions.Parse(["## Purpose", "can i wfh?", "## Elligibility", "lost question", "## Equipment", "who buys my chair"], RemoteWork, "examples.txt");

        var warning = Assert.Single(examples.Warnings);
        Assert.Contains("examples.txt, line 3", warning, StringComparison.Ordinal);
        Assert.Contains("'Elligibility'", warning, StringComparison.Ordinal);
        Assert.Contains(NotQualifying, warning, StringComparison.Ordinal);
        Assert.Equal(["can i wfh?", "who buys my chair"], examples.Covered.Order(StringComparer.Ordinal));
    }

    // "Eligibility" holds only subsections: nothing under it can be cited, so nothing can be filed there.
    [Fact]
    public void Parse_SectionWithoutTextOfItsOwn_LeavesItsQuestionsOutAndSaysWhy()
    {
        var examples = ExampleQuestions.Parse(["## Eligibility", "who can work from home"], RemoteWork, "examples.txt");

        Assert.Contains("'Eligibility' has no text of its own", Assert.Single(examples.Warnings), StringComparison.Ordinal);
        Assert.Equal(0, examples.Count);
    }

    [Fact]
    public void Parse_QuestionsBeforeAnySection_WarnsOnceNamingTheFirstLine()
    {
        var examples = ExampleQuestions.Parse(["# comment", "can i wfh?", "and this?", "## Purpose", "kept"], RemoteWork, "examples.txt");

        Assert.Contains("examples.txt, line 2", Assert.Single(examples.Warnings), StringComparison.Ordinal);
        Assert.Equal(["kept"], examples.Covered);
    }

    [Fact]
    public void LoadFolder_FileNamedAfterNoPolicy_WarnsWithTheNamesThatWork()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllLines(Path.Combine(folder, "remote-work.txt"), ["## Purpose", "can i wfh?"]);

        var examples = ExampleQuestions.LoadFolder(folder, [RemoteWork]);

        Assert.Contains("remote-work-policy.txt", Assert.Single(examples.Warnings), StringComparison.Ordinal);
        Assert.Equal(0, examples.Count);
    }

    [Fact]
    public void LoadFolder_NotCoveredFile_KeepsItsQuestionsApartFromEverySection()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllLines(Path.Combine(folder, "remote-work-policy.txt"), ["## Purpose", "can i wfh?"]);
        File.WriteAllLines(Path.Combine(folder, "remote-work-policy" + ExampleQuestions.NotCoveredSuffix), ["# comment", "how do i book a meeting room", "", "who fixes the printer"]);

        var examples = ExampleQuestions.LoadFolder(folder, [RemoteWork]);

        Assert.Equal(["how do i book a meeting room", "who fixes the printer"], examples.NotCovered);
        Assert.Equal(["can i wfh?"], examples.Covered);
    }

    // The nearest examples decide: a question most like the not-covered ones leans that way even though it
    // shares "home" and "staff" with the policy, and one most like a filed example does not.
    [Fact]
    public void Search_QuestionMostLikeNotCoveredExamples_IsMarkedSo()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllLines(Path.Combine(folder, "remote-work-policy.txt"), ["## Purpose", "can staff work from home some days", "is wfh allowed for office staff"]);
        File.WriteAllLines(Path.Combine(folder, "remote-work-policy" + ExampleQuestions.NotCoveredSuffix), ["how do staff claim mileage for driving home", "can i claim mileage for a trip to a client's home"]);
        using var index = new PassageIndex(PassageBuilder.Build([RemoteWork]), SynonymTable.Empty, ExampleQuestions.LoadFolder(folder, [RemoteWork]));

        var mileage = index.Search("can staff claim mileage when driving from home", 3);
        var wfh = index.Search("are office staff allowed to work from home", 3);

        Assert.True(mileage[0].LikeNotCovered > 0.9, $"mileage: {mileage[0].LikeNotCovered}");
        Assert.True(wfh[0].LikeNotCovered < 0.1, $"work from home: {wfh[0].LikeNotCovered}");
    }

    [Fact]
    public void LoadFolder_NoFolder_IsEmpty() =>
        Assert.Equal(0, ExampleQuestions.LoadFolder(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N")), [RemoteWork]).Count);

    // "guard" and "telecommute" are nowhere in the policy: only the example filed under the section can
    // carry the question there, and it lifts every passage of that section alike.
    [Fact]
    public void Search_WordsOnlyAnExampleUses_FindTheSectionTheExampleIsFiledUnder()
    {
        var passages = PassageBuilder.Build([RemoteWork]);
        var examples = ExampleQuestions.Parse(["## " + NotQualifying, "can a prison guard telecommute"], RemoteWork);
        using var without = new PassageIndex(passages, SynonymTable.Empty);
        using var with = new PassageIndex(passages, SynonymTable.Empty, examples);

        var hits = with.Search("is telecommuting ok for a guard", 5);

        Assert.Empty(without.Search("is telecommuting ok for a guard", 5));
        Assert.Equal(NotQualifying, hits[0].Passage.SectionPath);
        Assert.All(hits, hit => Assert.Equal(NotQualifying, hit.Passage.SectionPath));
        Assert.Equal(passages.Count(p => p.SectionPath == NotQualifying), hits.Count);
        Assert.True(hits[0].Coverage > 0, "a section should cover the words of its examples");
    }

    [Fact]
    public void Load_ShippedKnowledge_ReadsTheExamplesFolder()
    {
        using var knowledge = PolicyKnowledgeBase.Load(TestPolicies.KnowledgeFolder, new KnowledgeOptions { MinConfidence = 0 }, TestPolicies.Clock());

        var answer = knowledge.Ask("my cousin tagged me in a pic in my uniform, is that a problem");

        Assert.Contains(answer.Citations, c => c.Section == "Policy principles and standards > Standards > Be safe");
    }

    // Renaming a section in the policy must not stop the knowledge loading over an examples heading.
    [Fact]
    public void Load_ExamplesHeadingNamingNoSection_LoadsTheRestAndWarns()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        foreach (var file in Directory.GetFiles(TestPolicies.KnowledgeFolder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(TestPolicies.KnowledgeFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var examples = Path.Combine(folder, PolicyKnowledgeBase.ExamplesFolder, "social-media-policy.txt");
        File.WriteAllText(examples, File.ReadAllText(examples).Replace("## Scope\n", "## Scoop\n", StringComparison.Ordinal));

        using var knowledge = PolicyKnowledgeBase.Load(folder, new KnowledgeOptions(), TestPolicies.Clock());

        Assert.Contains("'Scoop'", Assert.Single(knowledge.Warnings), StringComparison.Ordinal);
        Assert.Contains(knowledge.Ask("who owns the social media policy").Citations, c => c.Quote.StartsWith("Owner:", StringComparison.Ordinal));
    }

    // An example that holds a not-covered phrase would be handed off before the examples are consulted, so
    // it could never help: the two files must not contradict each other.
    [Fact]
    public void ShippedExamples_ContainNoNotCoveredPhrase()
    {
        var uncovered = UncoveredTopics.Load(Path.Combine(TestPolicies.KnowledgeFolder, DocumentTuning.NotCoveredFolder, "social-media-policy.txt"));
        var lines = File.ReadLines(Path.Combine(TestPolicies.KnowledgeFolder, PolicyKnowledgeBase.ExamplesFolder, "social-media-policy.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

        Assert.True(lines.Count > 600, $"only {lines.Count} example questions were found");
        Assert.DoesNotContain(lines, line => uncovered.Find(line) is not null);
    }
}
