using PolicyBot.Knowledge.Parsing;

namespace PolicyBot.Knowledge.Tests.Parsing;

public sealed class DataLinesTests
{
    [Fact]
    public void Read_BlankAndCommentLines_LeftOutWithTheOthersNumberedAsInTheFile()
    {
        var lines = DataLines.Read(["# synonyms", "", "  fb, facebook  ", "   ", "\t# indented comment", "ig => instagram"]).ToList();

        Assert.Equal([(3, "fb, facebook"), (6, "ig => instagram")], lines);
    }

    [Fact]
    public void Text_HashInsideALine_KeptAsText() =>
        Assert.Equal(["c# developers"], DataLines.Text(["c# developers", "#c# comment"]));
}
