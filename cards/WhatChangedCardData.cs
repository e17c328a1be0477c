namespace PolicyBot.Cards;

/// <summary>What changed in a policy between two versions: the changed sections word by word, the editorial ones listed, the source.</summary>
/// <param name="Kicker">"Social Media Policy · version 2, effective 1 March 2027".</param>
/// <param name="Summary">Which versions were compared and how many sections changed how.</param>
/// <param name="Sections">The substantive changes, in the policy's order (at most as many as fit a card).</param>
/// <param name="MoreSections">"Also changed: ...", naming the sections left off the card; else null.</param>
/// <param name="Editorial">One line per editorial change: "Definitions: “Youtube” → “YouTube” (case)".</param>
/// <param name="Source">"Source: Social Media Policy, version 2, effective 1 March 2027, compared with version 1, ...".</param>
/// <param name="FallbackText">The whole answer as text, for clients that cannot draw the card.</param>
public sealed record WhatChangedCardData(
    string Kicker,
    string Summary,
    IReadOnlyList<ChangedSectionCardData> Sections,
    string? MoreSections,
    IReadOnlyList<string> Editorial,
    string Source,
    string FallbackText)
{
    /// <summary>The shared card this shows the changes of, for its "I've read the new version" and "Back" buttons; else null.</summary>
    public string? ShareId { get; init; }
}
