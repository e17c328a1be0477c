using PolicyBot.Cards;
using PolicyBot.Dialogs.Versions;
using PolicyBot.Knowledge.Versions;
using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Dialogs.Tests.Versions;

public sealed class WhatChangedCardsTests
{
    private static WhatChangedAnswer Answer => WhatChangedComposer.Compose(PolicyDiffer.Compare(RevisedPolicy.Version1, RevisedPolicy.Version2 with { EffectiveDate = new DateOnly(2027, 3, 1) }));

    [Fact]
    public void ToCard_RewordedSentence_RunsMarkTheWordsTakenOutAndPutIn()
    {
        var card = WhatChangedCards.ToCard(Answer);

        var beSafe = card.Sections.Single(s => s.Path.EndsWith("Be safe", StringComparison.Ordinal));
        var row = beSafe.Wording[0];
        Assert.Equal(3, row.Was.Count);
        Assert.Equal(("Employees", false), (row.Was[0].Text, row.Was[0].Deleted));
        Assert.Equal((" are encouraged to", true), (row.Was[1].Text, row.Was[1].Deleted));
        Assert.StartsWith(" be selective", row.Was[2].Text, StringComparison.Ordinal);
        Assert.Equal([false, true, false], row.Now.Select(r => r.Inserted));
        Assert.Equal(" must", row.Now[1].Text);
        Assert.Equal("policy-principles-and-standards/standards/be-safe", beSafe.SectionId);
    }

    [Fact]
    public void ToCard_AddedSection_OneUnmarkedRowALine()
    {
        var card = WhatChangedCards.ToCard(Answer);

        var added = card.Sections.Single(s => s.Heading == "Added");
        Assert.Equal(2, added.Wording.Count);
        Assert.All(added.Wording, row => Assert.Empty(row.Was));
        Assert.All(added.Wording.SelectMany(row => row.Now), run => Assert.False(run.Inserted));
    }

    [Fact]
    public void ToCard_RemovedSection_NoFullSectionButton()
    {
        var removed = WhatChangedCards.ToCard(Answer).Sections.Single(s => s.Heading == "Removed");

        Assert.False(removed.CanReadSection);
        Assert.NotEmpty(removed.Wording[0].Was);
    }

    [Fact]
    public void ToCard_RevisedPolicy_FitsTeamsLimits()
    {
        var card = PolicyCards.WhatChanged(WhatChangedCards.ToCard(Answer));

        Assert.Empty(CardLimits.Check(card));
        Assert.Equal("Source: Social Media Policy, version 2, effective 1 March 2027, compared with version 1, in use from 25 November 2026.", WhatChangedCards.ToCard(Answer).Source);
    }
}
