using PolicyBot.Knowledge.Documents;
using PolicyBot.Knowledge.Parsing;
using PolicyBot.Knowledge.Versions;

namespace PolicyBot.Knowledge.Tests.Versions;

public sealed class WhatChangedIntentTests
{
    private static readonly IReadOnlyList<PolicyDocument> Policies =
    [
        RevisedPolicy.Shipped,
        PolicyLoader.LoadFile(TestPolicies.TestData("policies/gifts-and-hospitality-policy.txt")),
    ];

    [Theory]
    [InlineData("what changed in the social media policy?")]
    [InlineData("What's new in the Social Media Policy")]
    [InlineData("has the social media policy changed?")]
    [InlineData("any changes to the social media policy?")]
    [InlineData("what has been updated in the social media policy")]
    [InlineData("is there a new version of the social media policy?")]
    public void Read_AsksWhatChangedInANamedPolicy_NamesIt(string question)
    {
        var read = WhatChangedIntent.Read(question, Policies);

        Assert.Equal(new WhatChangedQuestion("social-media-policy"), read);
    }

    [Theory]
    [InlineData("can I change my profile photo to one in uniform?")]
    [InlineData("what should I do if a journalist contacts me?")]
    [InlineData("can I post about changes to my roster?")]
    [InlineData("what's new")]
    [InlineData("has my manager changed the team's Facebook page?")]
    public void Read_OtherQuestions_Null(string question)
    {
        Assert.Null(WhatChangedIntent.Read(question, Policies));
    }

    [Fact]
    public void Read_NoPolicyNamed_AsksAboutThePolicy()
    {
        Assert.Equal(new WhatChangedQuestion(null), WhatChangedIntent.Read("what changed in the policy?", Policies));
    }

    [Fact]
    public void Read_OtherPolicyNamed_ThatPolicy()
    {
        var read = WhatChangedIntent.Read("what are the latest changes to the gifts policy?", Policies);

        Assert.Equal(Policies[1].Id, read?.PolicyId);
    }

    [Theory]
    [InlineData("what changed in the social media policy since version 1?", 1, null)]
    [InlineData("what changed in version 3 of the social media policy", null, 3)]
    public void Read_VersionNamed_ComparesFromOrTo(string question, int? from, int? to)
    {
        Assert.Equal(new WhatChangedQuestion("social-media-policy", from, to), WhatChangedIntent.Read(question, Policies));
    }
}
