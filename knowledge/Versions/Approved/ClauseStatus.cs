namespace PolicyBot.Knowledge.Versions.Approved;

/// <summary>How a clause an answer interprets reads in a later version.</summary>
public enum ClauseStatus
{
    /// <summary>The same words under the same heading.</summary>
    Unchanged,

    /// <summary>The same words under another heading or in another place.</summary>
    Moved,

    /// <summary>Different words under the same heading.</summary>
    Changed,

    /// <summary>Neither the heading nor the words are there any more.</summary>
    Removed,
}
