using PolicyBot.Knowledge.Versions;
using PolicyBot.Knowledge.Versions.Diff;

namespace PolicyBot.Knowledge.Tests.Versions.Diff;

public sealed class PolicyDifferTests
{
    [Fact]
    public void Compare_RevisedSocialMediaPolicy_ListsEachChangedSectionInOrder()
    {
        var changes = RevisedPolicy.Diff.Changes.Select(c => (c.Kind, c.Path, c.Significance)).ToList();

        Assert.Equal(
            [
                (ChangeKind.Reworded, "Purpose", ChangeSignificance.Substantive),
                (ChangeKind.Removed, "Policy statement", ChangeSignificance.Substantive),
                (ChangeKind.Reworded, "Scope", ChangeSignificance.Editorial),
                (ChangeKind.Moved, "Related policies", ChangeSignificance.Editorial),
                (ChangeKind.Reworded, "Policy principles and standards > Staff access to social media at work", ChangeSignificance.Substantive),
                (ChangeKind.Reworded, "Policy principles and standards > Principles", ChangeSignificance.Editorial),
                (ChangeKind.Reworded, "Policy principles and standards > Standards > Be safe", ChangeSignificance.Substantive),
                (ChangeKind.Added, "Policy principles and standards > Standards > Use generative AI tools with care", ChangeSignificance.Substantive),
                (ChangeKind.Reworded, "Roles and responsibilities", ChangeSignificance.Substantive),
                (ChangeKind.Reworded, "Definitions", ChangeSignificance.Editorial),
            ],
            changes);
    }

    [Fact]
    public void Compare_SectionRenamedAndReworded_MatchedByItsWords()
    {
        var change = RevisedPolicy.Diff.Changes.Single(c => c.New?.Id == "roles-and-responsibilities");

        Assert.Equal("requirements-and-responsibilities", change.Old!.Id);
        Assert.True(change.IsRenamed);
        Assert.Equal("added \u201cPeople leaders: Talk with their teams about changes to this policy when a new version is published.\u201d", Assert.Single(change.Words.Edits).ToString());
    }

    [Fact]
    public void Compare_SectionRenamedWithSameWords_IsMovedNotRemovedAndAdded()
    {
        var change = RevisedPolicy.Diff.Changes.Single(c => c.Old?.Id == "related-documents");

        Assert.Equal(ChangeKind.Moved, change.Kind);
        Assert.Equal("related-policies", change.New!.Id);
        Assert.Empty(change.Words.Edits);
    }

    [Fact]
    public void Compare_SubstantiveRewording_NamesTheWordsThatChanged()
    {
        var beSafe = RevisedPolicy.Diff.Changes.Single(c => c.Id == RevisedPolicy.BeSafe);

        Assert.Equal(
            [
                "\u201care encouraged to\u201d \u2192 \u201cmust\u201d",
                "added \u201cDo not post photos or videos taken inside a prison or Community Corrections site, or of staff in uniform, without specific authorisation.\u201d",
            ],
            beSafe.Words.Edits.Select(edit => edit.ToString()));
        Assert.All(beSafe.Words.Edits, edit => Assert.Equal(EditKind.Wording, edit.Kind));
    }

    [Fact]
    public void Compare_EditorialChanges_SayWhatKindTheyAre()
    {
        var diff = RevisedPolicy.Diff;
        IReadOnlyList<EditKind> Kinds(string id) => diff.Changes.Single(c => c.Id == id).EditKinds;

        Assert.Equal([EditKind.Punctuation, EditKind.Case], Kinds("definitions"));
        Assert.Equal([EditKind.Spelling], Kinds("policy-principles-and-standards/principles"));
        Assert.Equal([EditKind.Formatting], Kinds("scope"));
    }

    [Fact]
    public void Compare_UnchangedSections_AreNotListed()
    {
        var diff = RevisedPolicy.Diff;

        Assert.DoesNotContain(diff.Changes, c => c.Id == RevisedPolicy.DontComment);
        Assert.DoesNotContain(diff.Changes, c => c.Id == "policy-principles-and-standards/standards");
    }

    [Fact]
    public void Compare_SameVersionTwice_NoChanges()
    {
        var v1 = RevisedPolicy.Version1;

        var diff = PolicyDiffer.Compare(v1, v1 with { Number = 2 });

        Assert.Empty(diff.Changes);
        Assert.False(diff.IsSubstantive);
    }

    [Fact]
    public void Compare_DifferentPolicies_Throws()
    {
        var v1 = RevisedPolicy.Version1;

        Assert.Throws<ArgumentException>(() => PolicyDiffer.Compare(v1, v1 with { PolicyId = "another-policy" }));
    }

    [Fact]
    public void Within_Standards_HoldsTheChangesBelowIt()
    {
        var within = RevisedPolicy.Diff.Within("policy-principles-and-standards/standards");

        Assert.Equal(
            [RevisedPolicy.BeSafe, "policy-principles-and-standards/standards/use-generative-ai-tools-with-care"],
            within.Select(c => c.Id));
    }

    [Fact]
    public void Within_RenamedSection_FollowsItToItsNewName()
    {
        var within = RevisedPolicy.Diff.Within("requirements-and-responsibilities");

        Assert.Equal("roles-and-responsibilities", Assert.Single(within).Id);
    }

    [Fact]
    public void Within_UnchangedSection_IsEmpty()
    {
        Assert.Empty(RevisedPolicy.Diff.Within(RevisedPolicy.DontComment));
    }
}
