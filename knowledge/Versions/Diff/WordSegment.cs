namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>A run of words of a diff with the same kind, as text: what a card draws struck through, bold or plain.</summary>
/// <param name="Kind">In both versions, deleted or inserted.</param>
/// <param name="Text">The words, spaced as the policy spaces them.</param>
/// <param name="SpaceBefore">Whether a space separates it from the segment before.</param>
public sealed record WordSegment(SegmentKind Kind, string Text, bool SpaceBefore);
