using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class SynonymTableTests
{
    [Fact]
    public void Parse_Group_ExpandsEveryMemberToTheOthers()
    {
        var table = SynonymTable.Parse(["# comment", "", "Twitter, tweet, RT"]);

        Assert.Equal(["rt", "tweet"], table.Expand("twitter"));
        Assert.Equal(["rt", "twitter"], table.Expand("tweet"));
    }

    [Fact]
    public void Parse_OneWayRule_ExpandsOnlyTheLeftSide()
    {
        var table = SynonymTable.Parse(["boss, supervisor => manager"]);

        Assert.Equal(["manager"], table.Expand("boss"));
        Assert.Empty(table.Expand("manager"));
    }

    [Fact]
    public void Parse_Phrases_AreNormalisedToSingleSpacedLowercase()
    {
        var table = SynonymTable.Parse(["The  Department, Corrections"]);

        Assert.True(table.Contains("the department"));
        Assert.Equal(2, table.LongestPhrase);
    }

    [Theory]
    [InlineData("lonely")]
    [InlineData("a =>")]
    [InlineData("=> b")]
    public void Parse_MalformedLine_NamesTheLine(string line)
    {
        var error = Assert.Throws<InvalidDataException>(() => SynonymTable.Parse(["ok, fine", line], "synonyms.txt"));

        Assert.StartsWith("synonyms.txt, line 2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedSynonyms_CoverTheWordsStaffUse()
    {
        var table = SynonymTable.Load(Path.Combine(TestPolicies.KnowledgeFolder, DocumentTuning.SynonymsFolder, "social-media-policy.txt"));

        Assert.Contains("twitter", table.Expand("retweet"));
        Assert.Contains("facebook", table.Expand("fb"));
        Assert.Contains("instagram", table.Expand("insta"));
        Assert.Contains("offender", table.Expand("inmate"));
        Assert.Contains("corrections", table.Expand("the department"));
        Assert.Contains("manager", table.Expand("boss"));
    }
}
