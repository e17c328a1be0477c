using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class NameCompoundsTests
{
    // "va" is the name wherever it occurs; every other word is counted as the documents' text.
    private static NameCompounds Read(params string[] texts)
    {
        var compounds = new NameCompounds();
        foreach (var text in texts)
        {
            var keys = QuestionWords.Of(text).ToArray();
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] == "va")
                {
                    compounds.AddName(keys, i, 1);
                }
                else
                {
                    compounds.AddWord(keys[i]);
                }
            }
        }

        return compounds;
    }

    private static bool Keeps(NameCompounds compounds, string question)
    {
        var keys = QuestionWords.Of(question).ToArray();
        return compounds.Keeps(keys, Array.IndexOf(keys, "va"), 1);
    }

    [Theory]
    [InlineData("what do I need to get onto the VA network?")]
    [InlineData("where do I find the Humans of VA thing?")]
    [InlineData("which VA Enterprise org holds private projects?")]
    public void Keeps_CompoundTheDocumentsWrite_True(string question)
    {
        var compounds = Read("Request a PIV card for access to the VA network.", "Shared in the Humans of VA channel.", "VA Enterprise", "The network team helps.");

        Assert.True(Keeps(compounds, question));
    }

    [Theory]
    [InlineData("how many days sick leave do I get at VA?")]
    [InlineData("does VA top up parental pay?")]
    [InlineData("what's the VA policy on overtime?")]
    [InlineData("how long is probation for new VA staff?")]
    public void Keeps_NameOnlySayingWhoseRules_False(string question)
    {
        // The documents write "at VA", "VA policy" and "VA staff" too: a stop word or a word that says whose never makes a compound.
        var compounds = Read("Sick leave at VA is set by law.", "VA policy sets overtime.", "Many VA staff work compressed schedules.", "Top up your pay.");

        Assert.False(Keeps(compounds, question));
    }

    [Fact]
    public void Keeps_WordTheDocumentsMostlyWriteWithoutTheName_False()
    {
        // "expenses" beside the name in one of its five places: the name says whose expenses, not which thing.
        var compounds = Read("Claim VA expenses monthly.", "Expenses are paid.", "Expenses need receipts.", "Late expenses.", "Expenses by card.");

        Assert.False(Keeps(compounds, "how do VA expenses get paid?"));
        Assert.True(Keeps(Read("Claim VA expenses monthly.", "Expenses are paid."), "how do VA expenses get paid?"));
    }

    [Fact]
    public void Keeps_WordOnTheOtherSide_False()
    {
        var compounds = Read("Request access to the VA network.");

        Assert.False(Keeps(compounds, "is the network VA runs secure?"));
    }

    [Fact]
    public void Keeps_WordStraightBeforeTheName_False()
    {
        // The documents write "leaving VA" as a heading, but the organisation is the verb's object, not part of a name.
        var compounds = Read("Leaving VA", "Return your laptop.");

        Assert.False(Keeps(compounds, "after leaving VA do I keep my laptop?"));
    }

    [Fact]
    public void Keeps_NothingRead_False()
    {
        Assert.False(Keeps(new NameCompounds(), "what do I need to get onto the VA network?"));
    }
}
