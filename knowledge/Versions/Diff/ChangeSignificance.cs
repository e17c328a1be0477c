namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>Whether readers of the old version need to read a change again.</summary>
public enum ChangeSignificance
{
    /// <summary>Spelling, punctuation, spacing, formatting, case or a new heading over the same words: nothing to re-learn.</summary>
    Editorial,

    /// <summary>Words that say something different, or a section added or removed.</summary>
    Substantive,
}
