using PolicyBot.Knowledge.Versions;
using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Knowledge.Tests.Versions;

public sealed class WhatChangedComposerTests
{
    [Fact]
    public void Compose_RevisedPolicy_SummaryNamesBothVersions()
    {
        var answer = WhatChangedComposer.Compose(RevisedPolicy.Diff);

        Assert.Equal(
            "The Social Media Policy changed from version 1 (in use from 25 November 2026) to version 2 (effective 1 March 2027): "
            + "1 section added, 1 removed, 7 reworded, 1 renamed; 4 of the 10 changes are editorial only.",
            answer.Summary);
        Assert.Equal("Social Media Policy, version 2, effective 1 March 2027", answer.Citation);
    }

    [Fact]
    public void Compose_RevisedPolicy_SubstantiveChangesCarryOldAndNewWording()
    {
        var answer = WhatChangedComposer.Compose(RevisedPolicy.Diff);

        var beSafe = answer.Substantive.Single(s => s.Change.Id == RevisedPolicy.BeSafe);
        Assert.Equal("Reworded", beSafe.Heading);
        Assert.StartsWith("Employees are encouraged to be selective", beSafe.Wording[0].Was, StringComparison.Ordinal);
        Assert.StartsWith("Employees must be selective", beSafe.Wording[0].Now, StringComparison.Ordinal);
        Assert.Equal(
            ["Purpose", "Policy statement", "Policy principles and standards > Staff access to social media at work", "Policy principles and standards > Standards > Be safe", "Policy principles and standards > Standards > Use generative AI tools with care", "Roles and responsibilities"],
            answer.Substantive.Select(s => s.Path));
        Assert.All(answer.Editorial, s => Assert.Equal(ChangeSignificance.Editorial, s.Change.Significance));
    }

    [Fact]
    public void ToPlainText_RevisedPolicy_QuotesAndCitesTheVersion()
    {
        var text = WhatChangedComposer.Compose(RevisedPolicy.Diff).ToPlainText();

        Assert.Contains("Renamed and reworded: Roles and responsibilities (was Requirements and responsibilities)", text, StringComparison.Ordinal);
        Assert.Contains("  Was: \u201cEmployees are encouraged to be selective", text, StringComparison.Ordinal);
        Assert.Contains("  New: \u201cDo not post photos or videos taken inside a prison", text, StringComparison.Ordinal);
        Assert.Contains("- Definitions: added \u201c,\u201d; \u201cYoutube\u201d \u2192 \u201cYouTube\u201d (punctuation, case)", text, StringComparison.Ordinal);
        Assert.Contains("- Related policies: renamed from \u201cRelated documents\u201d, same words", text, StringComparison.Ordinal);
        Assert.EndsWith("Source: Social Media Policy, version 2, effective 1 March 2027, compared with version 1, in use from 25 November 2026.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_OneVersionOnly_SaysThereIsNothingToCompare()
    {
        var answer = WhatChangedComposer.Answer(new PolicyHistory([RevisedPolicy.Version1]), new WhatChangedQuestion("social-media-policy"));

        Assert.Null(answer.From);
        Assert.Empty(answer.Substantive);
        Assert.StartsWith("I know only one version of the Social Media Policy (version 1, in use from 25 November 2026)", answer.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_ThreeVersions_LatestAgainstTheOneBeforeUnlessAskedSince()
    {
        var v3 = PolicyVersion.Of(RevisedPolicy.Shipped, 3, TestPolicies.Clock(2027, 6, 1));
        var history = new PolicyHistory([RevisedPolicy.Version1, RevisedPolicy.Version2, v3]);

        var latest = WhatChangedComposer.Answer(history, new WhatChangedQuestion("social-media-policy"));
        var since = WhatChangedComposer.Answer(history, new WhatChangedQuestion("social-media-policy", FromVersion: 1));
        var second = WhatChangedComposer.Answer(history, new WhatChangedQuestion("social-media-policy", ToVersion: 2));

        Assert.Equal((2, 3), (latest.From!.Number, latest.To.Number));
        Assert.StartsWith("The Social Media Policy version 3 (in use from 1 June 2027) says the same as version 1", since.Summary, StringComparison.Ordinal);
        Assert.Equal((1, 2), (second.From!.Number, second.To.Number));
    }
}
