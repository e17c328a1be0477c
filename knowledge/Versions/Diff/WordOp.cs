namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>One word or punctuation mark of a word diff.</summary>
/// <param name="Kind">In both versions, deleted from the old or inserted in the new.</param>
/// <param name="Token">The word or mark.</param>
/// <param name="SpaceBefore">Whether its text has a space before it (punctuation sits against the word before).</param>
public readonly record struct WordOp(SegmentKind Kind, string Token, bool SpaceBefore);
