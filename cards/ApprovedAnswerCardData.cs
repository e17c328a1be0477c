namespace PolicyBot.Cards;

/// <summary>An approved answer on an answer card: labelled as the team's, with the clause it interprets quoted.</summary>
/// <param name="Label">"Approved answer from the Communications team, interpreting “Be safe”".</param>
/// <param name="Answer">The team's answer.</param>
/// <param name="ApprovedBy">"Approved by Mere Tane on 1 December 2026".</param>
/// <param name="Section">The clause's heading path, with the policy.</param>
/// <param name="Quote">The clause's words, as the version in force has them.</param>
public sealed record ApprovedAnswerCardData(string Label, UserText Answer, UserText ApprovedBy, string Section, string Quote);
