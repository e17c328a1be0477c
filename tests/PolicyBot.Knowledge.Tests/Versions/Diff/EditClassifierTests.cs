using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Knowledge.Tests.Versions.Diff;

public sealed class EditClassifierTests
{
    [Theory]
    [InlineData("libelous", "libellous", EditKind.Spelling)]
    [InlineData("recieve", "receive", EditKind.Spelling)]
    [InlineData("organization", "organisation", EditKind.Spelling)]
    [InlineData("Youtube", "YouTube", EditKind.Case)]
    [InlineData("other's", "others'", EditKind.Punctuation)]
    [InlineData("re-tweeting", "retweeting", EditKind.Punctuation)]
    [InlineData("", ",", EditKind.Punctuation)]
    [InlineData("can not", "cannot", EditKind.Whitespace)]
    [InlineData("**cannot**", "cannot", EditKind.Formatting)]
    [InlineData("are encouraged to", "must", EditKind.Wording)]
    [InlineData("must", "most", EditKind.Wording)]
    [InlineData("not", "", EditKind.Wording)]
    [InlineData("can", "can't", EditKind.Wording)]
    [InlineData("30 days", "3 days", EditKind.Wording)]
    [InlineData("cat", "cut", EditKind.Wording)]
    [InlineData("their", "there", EditKind.Wording)]
    [InlineData("the", "", EditKind.Wording)]
    [InlineData("Twitter", "Instagram", EditKind.Wording)]
    public void Classify_Edit_Kind(string deleted, string inserted, EditKind expected)
    {
        Assert.Equal(expected, EditClassifier.Classify(deleted, inserted));
    }
}
