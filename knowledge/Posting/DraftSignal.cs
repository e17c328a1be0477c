namespace PolicyBot.Knowledge.Posting;

/// <summary>A risk signal found in a draft, with the words that triggered it.</summary>
/// <param name="Kind">The signal's kind in draft-signals.json, such as "politics".</param>
/// <param name="Label">What it means, for people.</param>
/// <param name="Evidence">The draft's own words that matched, in the order they appear.</param>
public sealed record DraftSignal(string Kind, string Label, IReadOnlyList<string> Evidence);
