using PolicyBot.Knowledge.Answers;
using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Evaluation;
using PolicyBot.Knowledge.Parsing;
using Xunit.Abstractions;

namespace PolicyBot.Knowledge.Tests.Parsing;

/// <summary>
/// The shipped Social Media Policy made into Markdown, Word and PDF files by pandoc and LibreOffice
/// (TestData/policies/formats/README.md) reads as the same policy as the shipped .txt, and answers the same.
/// </summary>
public sealed class FormatEquivalenceTests(ITestOutputHelper output)
{
    public static TheoryData<string> Formats => new() { ".md", ".docx", ".pdf", "no-outline.pdf" };

    private static readonly PolicyDocument Shipped = PolicyLoader.LoadFile(Path.Combine(TestPolicies.KnowledgeFolder, "policies", "social-media-policy.txt"));

    [Theory]
    [MemberData(nameof(Formats))]
    public void LoadFile_OtherFormat_HasTheSameTitleDetailsAndSectionTree(string format)
    {
        var document = PolicyLoader.LoadFile(PathOf(format));

        Assert.Equal(KnowledgeFolders.PolicyId, document.Id);
        Assert.Equal(Shipped.Title, document.Title);
        Assert.Equal(Shipped.Kicker, document.Kicker);
        Assert.Equal(Shipped.Metadata.Owner, document.Metadata.Owner);
        Assert.Equal(Shipped.Metadata.ApprovedBy, document.Metadata.ApprovedBy);
        Assert.Equal(Shipped.Metadata.LastReviewDate, document.Metadata.LastReviewDate);
        Assert.Equal(Shipped.Metadata.NextReviewDate, document.Metadata.NextReviewDate);
        Assert.Equal(Shipped.AllSections().Select(s => (s.Id, s.Path, s.Level)), document.AllSections().Select(s => (s.Id, s.Path, s.Level)));
    }

    // The files are made from the .txt's parsed structure, so every section should keep its blocks one for
    // one; the tolerance of one block per section allows a reader to split or join one paragraph differently
    // (a PDF line break that looks like a paragraph break) without hiding a lost list or table.
    [Theory]
    [MemberData(nameof(Formats))]
    public void LoadFile_OtherFormat_KeepsEachSectionsBlocksAndTheirKinds(string format)
    {
        var document = PolicyLoader.LoadFile(PathOf(format));

        foreach (var expected in Shipped.AllSections())
        {
            var actual = document.FindSection(expected.Id)!;
            Assert.InRange(actual.Blocks.Count, expected.Blocks.Count - 1, expected.Blocks.Count + 1);
            Assert.Equal(expected.TableHeader, actual.TableHeader);
            foreach (var kind in Enum.GetValues<BlockKind>())
            {
                Assert.InRange(actual.Blocks.Count(b => b.Kind == kind), expected.Blocks.Count(b => b.Kind == kind) - 1, expected.Blocks.Count(b => b.Kind == kind) + 1);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void LoadFile_OtherFormat_KeepsTheWordsOfEveryBlock(string format)
    {
        var document = PolicyLoader.LoadFile(PathOf(format));

        var expected = Shipped.AllSections().SelectMany(s => s.Blocks).Select(b => b.Text).ToList();
        var actual = document.AllSections().SelectMany(s => s.Blocks).Select(b => b.Text).ToHashSet();
        var missing = expected.Where(text => !actual.Contains(text)).ToList();
        Assert.True(missing.Count <= 1, "Blocks not read word for word: " + string.Join(" || ", missing));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Load_KnowledgeFolderWithOtherFormat_AnswersTheEvalSetLikeTheTxt(string format)
    {
        var cases = Evaluator.ReadCases(TestPolicies.TestData("eval-next-e.jsonl"));
        using var converted = PolicyKnowledgeBase.Load(KnowledgeFolders.WithPolicy(PathOf(format)), new KnowledgeOptions(), TestPolicies.Clock());
        var shipped = TestPolicies.Knowledge;

        var same = cases.Count(c => Top(shipped.Ask(c.Question)) == Top(converted.Ask(c.Question)));
        var expected = Evaluator.Run(shipped, cases);
        var actual = Evaluator.Run(converted, cases);

        output.WriteLine($"{format}: same first citation {same}/{cases.Count}; top-1 {actual.Top1:P0} (txt {expected.Top1:P0}); top-3 {actual.Top3:P0} (txt {expected.Top3:P0})");
        Assert.Empty(converted.Warnings);
        Assert.True(same >= cases.Count * 0.97, $"{same} of {cases.Count} questions got the same first citation (or handoff).");
        Assert.InRange(actual.Top3, expected.Top3 - 0.01, 1.0);
        Assert.InRange(actual.Top1, expected.Top1 - 0.02, 1.0);
    }

    private static string Top(PolicyAnswer answer) =>
        answer.Answered ? answer.Citations.Select(c => c.PolicyId + "/" + c.SectionId).FirstOrDefault() ?? "none" : "handoff";

    private static string PathOf(string format) =>
        format.StartsWith("no-outline", StringComparison.Ordinal)
            ? TestPolicies.TestData("policies/formats/no-outline/social-media-policy.pdf")
            : KnowledgeFolders.Format(format);
}
