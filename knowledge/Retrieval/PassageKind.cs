namespace PolicyBot.Knowledge.Retrieval;

/// <summary>What a passage was in the policy.</summary>
public enum PassageKind
{
    Paragraph,
    Bullet,
    TableRow,

    /// <summary>A document-control field such as "Owner: ...".</summary>
    Field,
}
