using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class PassageBuilderTests
{
    // "How do we find dependencies we don't need anymore?" cited "Requirement(s)", whose only text is the list of
    // links to its subsections, instead of the subsection that answers.
    [Fact]
    public void Build_SectionThatOnlyListsItsSubsections_HasNoPassages()
    {
        var document = PolicyLoader.LoadFile(TestPolicies.TestData("library-test10/documents/homeoffice-security-dependencies.md"));

        var passages = PassageBuilder.Build([document]);

        Assert.DoesNotContain(passages, p => p.SectionPath == "Requirement(s)");
        Assert.Contains(passages, p => p.SectionPath == "Requirement(s) > You MUST regularly update, replace and remove dependencies");
        Assert.Equal(Enumerable.Range(0, passages.Count), passages.Select(p => p.Ordinal));
    }

    [Fact]
    public void Build_ListThatIsNotContents_KeepsEveryBullet()
    {
        var document = PolicyParser.Parse("p", "# P\n\n## Rules\n\n- Leave\n- Pay your own way\n- Ask first\n\n## Leave\n\nTake it.\n", PolicyFormat.Markdown);

        var passages = PassageBuilder.Build([document]);

        Assert.Equal(["Leave", "Pay your own way", "Ask first"], passages.Where(p => p.SectionPath == "Rules").Select(p => p.Text));
    }
}
