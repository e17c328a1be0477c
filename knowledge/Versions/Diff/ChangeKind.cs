namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>How a section differs between two versions.</summary>
public enum ChangeKind
{
    /// <summary>Only in the new version.</summary>
    Added,

    /// <summary>Only in the old version.</summary>
    Removed,

    /// <summary>In both, with different text (and perhaps a new heading or place).</summary>
    Reworded,

    /// <summary>In both with the same text, under a new heading or in a new place.</summary>
    Moved,
}
