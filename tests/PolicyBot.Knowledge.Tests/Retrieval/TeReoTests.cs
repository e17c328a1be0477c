using PolicyBot.Knowledge.Retrieval;

namespace PolicyBot.Knowledge.Tests.Retrieval;

public sealed class TeReoTests
{
    [Theory]
    [InlineData("Kia ora, can I share a photo from our whānau day at the prison on my Facebook?", "Can I share a photo from our family day at the prison on my Facebook?")]
    [InlineData("kia ora can i share a photo from our whanau day at the prison on my facebook", "can i share a photo from our family day at the prison on my facebook")]
    [InlineData("Ka pai - can I kōrero with the media about my mahi?", "can I talk with the media about my work?")]
    public void Ask_TeReoWording_IsAnsweredLikeItsEnglishWording(string teReo, string english)
    {
        var maori = TestPolicies.Knowledge.Ask(teReo);
        var plain = TestPolicies.Knowledge.Ask(english);

        Assert.True(plain.Answered, english);
        Assert.True(maori.Answered, teReo);
        Assert.Equal(plain.Citations[0].Section, maori.Citations[0].Section);
        Assert.True(Math.Abs(maori.Confidence - plain.Confidence) < 0.02, $"{teReo}: {maori.Confidence} against {plain.Confidence} in English");
    }

    [Fact]
    public void English_GreetingsAndTeReoWords_AreLeftOutOrInEnglish()
    {
        var words = TeReo.English(QuestionWords.Of("Kia ora koutou, ngā mihi - can I post about our whanau hui? Ka pai"));

        Assert.Equal(["can", "i", "post", "about", "our", "family", "meeting"], words);
    }

    [Fact]
    public void InEnglish_NoTeReo_LeavesTheQuestionAsTyped()
    {
        const string question = "Can I post about the US election?";

        Assert.Equal(question, TeReo.InEnglish(question, QuestionWords.Of(question)));
    }
}
