namespace PolicyBot.Knowledge.Documents;

/// <summary>The kind of a block of policy text.</summary>
public enum BlockKind
{
    Paragraph,
    Bullet,
    TableRow,
}
