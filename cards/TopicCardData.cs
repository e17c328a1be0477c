namespace PolicyBot.Cards;

/// <summary>A policy topic on a card: found by search, asked for in chat, or shared to a channel with acknowledgements.</summary>
/// <param name="PolicyId">The policy, sent back by the card's buttons.</param>
/// <param name="TopicId">The section id or the at-a-glance id, sent back by the card's buttons.</param>
/// <param name="Kicker">The policy's title and review status, above the title.</param>
/// <param name="Title">The section title.</param>
/// <param name="Intro">A sentence above the points, or null.</param>
/// <param name="Points">The key sentences.</param>
/// <param name="ReviewNote">A note that the policy is past its review date, or null.</param>
/// <param name="UpdatedNote">A note that the policy changed since the card was shared, or null.</param>
/// <param name="CanReadSection">True for a real section, which "Read the full section" can show.</param>
/// <param name="CanShare">True where the card offers "Share to a channel".</param>
/// <param name="Shared">The acknowledgements of a shared card, or null for a card that is not shared.</param>
public sealed record TopicCardData(
    string PolicyId,
    string TopicId,
    string Kicker,
    string Title,
    string? Intro,
    IReadOnlyList<TopicPointCardData> Points,
    string? ReviewNote,
    string? UpdatedNote,
    bool CanReadSection,
    bool CanShare,
    SharedTopicCardData? Shared)
{
    public bool CanAcknowledge => Shared?.CanAcknowledge == true;

    public bool CanRemind => Shared?.Tracking?.CanRemind == true;

    public bool CanSeeChanges => Shared?.CanSeeChanges == true;

    public bool CanExport => Shared?.Tracking?.CanExport == true;

    public bool ShowSharedActions => CanAcknowledge || CanRemind || CanSeeChanges || CanExport;

    public string FallbackText => $"{Kicker}: {Title}{Environment.NewLine}{string.Join(Environment.NewLine, Points.Select(p => p.Title is null ? p.Text : $"{p.Title}: {p.Text}"))}";
}

/// <summary>One key sentence, under a subsection title when it summarises one.</summary>
public sealed record TopicPointCardData(string? Title, string Text)
{
    /// <summary>Untitled points read as a bulleted list.</summary>
    public string Line => Title is null ? "- " + Text : Text;
}

/// <summary>The acknowledgement part of a shared topic card, as one viewer sees it.</summary>
/// <param name="ShareId">The share the buttons refer to.</param>
/// <param name="Count">How many have read it, such as "3 of 12 have read this".</param>
/// <param name="SharedBy">Who shared it and when.</param>
/// <param name="ReadByViewer">Shown instead of "I've read this" to someone who has, or null.</param>
/// <param name="Tracking">The sharer's view of who has and has not read it, or null for everyone else.</param>
/// <param name="SharerIds">Teams refreshes the card for these users (the sharer) to show them the tracking view.</param>
public sealed record SharedTopicCardData(string ShareId, string Count, UserText SharedBy, UserText? ReadByViewer, AckTrackingCardData? Tracking, IReadOnlyList<string> SharerIds)
{
    /// <summary>"Updated since you read it: ..." for a viewer whose reading no longer holds, or for everyone that the part changed since it was shared; else null.</summary>
    public string? Update { get; init; }

    /// <summary>True when the viewer read an earlier version and the part has changed substantively since.</summary>
    public bool NeedsRereading { get; init; }

    /// <summary>True when the part changed since it was shared: "What changed" shows how.</summary>
    public bool CanSeeChanges { get; init; }

    public bool CanAcknowledge => Tracking is null && (string.IsNullOrEmpty(ReadByViewer?.Value) || NeedsRereading);

    public string AcknowledgeTitle => NeedsRereading ? "I've read the new version" : "I've read this";
}

/// <summary>What the sharer sees: names of those who have read the card and those who have not.</summary>
/// <param name="ReadBy">Those whose reading holds in the version in force.</param>
/// <param name="NotYet">Those who have not acknowledged any version.</param>
/// <param name="CanRemind">True when someone is left to remind.</param>
public sealed record AckTrackingCardData(UserText ReadBy, UserText NotYet, bool CanRemind)
{
    /// <summary>Those who read an earlier version that has changed since, with the version: they need to read it again; else null.</summary>
    public UserText? Earlier { get; init; }

    /// <summary>True when the sharer can export every acknowledgement as a CSV file.</summary>
    public bool CanExport { get; init; }
}
