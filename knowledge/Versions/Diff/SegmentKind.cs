namespace PolicyBot.Knowledge.Versions.Diff;

/// <summary>Whether words of a diff are in both versions, only the old or only the new.</summary>
public enum SegmentKind
{
    Same,
    Deleted,
    Inserted,
}
